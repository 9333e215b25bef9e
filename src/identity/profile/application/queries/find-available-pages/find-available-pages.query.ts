import { Query } from '@nestjs/cqrs';

/** Those of the given page paths that this build serves. */
export class FindAvailablePages extends Query<string[]> {
  constructor(readonly paths: string[]) {
    super();
  }
}
