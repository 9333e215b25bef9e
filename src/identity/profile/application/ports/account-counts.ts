import { Injectable, Type } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { IQuery, QueryBus } from '@nestjs/cqrs';
import type { ContributingAccount } from './contributing-account';

/** The numbers shown in the profile header, each owned by another context. */
export interface AccountCounts {
  orders: number;
  certificates: number;
  letters: number;
}

/**
 * Another context that can count things for an account marks a provider with @ContributesAccountCounts()
 * and implements this; Identity adds up whatever contributors exist (none yet means zeros).
 */
export interface AccountCountsContributor {
  countsFor(account: ContributingAccount): Promise<Partial<AccountCounts>>;
}

export const ContributesAccountCounts = DiscoveryService.createDecorator<void>();

/** A contributor whose counts are one query's answer in the contributing context (see waitingItemsFromQuery). */
export function accountCountsFromQuery<Answer>(
  ask: (account: ContributingAccount) => IQuery,
  countsOf: (answer: Answer) => Partial<AccountCounts>,
): Type<AccountCountsContributor> {
  @Injectable()
  @ContributesAccountCounts()
  class AccountCountsFromQuery implements AccountCountsContributor {
    constructor(private readonly queries: QueryBus) {}

    async countsFor(account: ContributingAccount): Promise<Partial<AccountCounts>> {
      return countsOf(await this.queries.execute(ask(account)));
    }
  }
  return AccountCountsFromQuery;
}
