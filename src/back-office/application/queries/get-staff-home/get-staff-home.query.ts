import { Query } from '@nestjs/cqrs';

export interface WorkItem {
  label: string;
  count: number;
  href: string;
}

/** The work waiting for staff, each a count and the page where it is done. */
export class GetStaffHome extends Query<WorkItem[]> {}
