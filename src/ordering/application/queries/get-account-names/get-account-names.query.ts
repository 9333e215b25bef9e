import { Query } from '@nestjs/cqrs';

/** Staff pages: the display names of the accounts that did something (e.g. created a print batch). */
export class GetAccountNames extends Query<Map<string, string>> {
  constructor(readonly accountIds: string[]) {
    super();
  }
}
