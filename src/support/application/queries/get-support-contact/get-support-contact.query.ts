import { Query } from '@nestjs/cqrs';

export interface SupportContactView {
  email: string;
  telephone: string | null;
  openingHours: string | null;
  postalAddress: string | null;
  /** Limited Markdown. */
  notes: string | null;
}

/** How to reach the support team. */
export class GetSupportContact extends Query<SupportContactView> {}
