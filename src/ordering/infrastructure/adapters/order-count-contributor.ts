import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  AccountCounts,
  AccountCountsContributor,
  ContributesAccountCounts,
} from '../../../identity/identity.public';
import { CountAccountOrders } from '../../application/queries/count-account-orders/count-account-orders.query';

/** The ORDERS and LETTERS counts of the profile header, which Identity adds up. */
@Injectable()
@ContributesAccountCounts()
export class OrderCountContributor implements AccountCountsContributor {
  constructor(private readonly queries: QueryBus) {}

  countsFor(account: { accountId: string }): Promise<Partial<AccountCounts>> {
    return this.queries.execute(new CountAccountOrders(account.accountId));
  }
}
