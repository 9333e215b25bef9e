import { OrderView } from './ordering-views';

/** An order as staff see it: the candidate's number and email, and its print batch. */
export interface StaffOrderView extends OrderView {
  candidateNumber: string;
  email: string;
  printBatchId: string | null;
}
