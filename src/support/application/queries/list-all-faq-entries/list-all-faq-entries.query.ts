import { Query } from '@nestjs/cqrs';

export interface StaffFaqEntryView {
  id: string;
  question: string;
  answer: string;
  position: number;
  published: boolean;
  updatedAt: Date;
}

/** Every FAQ entry, published or not, in order: the staff list. */
export class ListAllFaqEntries extends Query<StaffFaqEntryView[]> {}
