import { Injectable, Type } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { IQuery, QueryBus } from '@nestjs/cqrs';
import type { ContributingAccount } from './contributing-account';

/** The candidate dashboard's tiles that can show a count of what waits. */
export type WaitingTile = 'documents' | 'connections' | 'orders' | 'enquiries';

/** Something that waits for the candidate: "Northfield Motors asks to see your documents: Review". */
export interface WaitingItem {
  tile: WaitingTile;
  text: string;
  href: string;
  /** The link's words ("Review", "Pay"); the text says what it is about. */
  action: string;
}

/**
 * Another context that knows what waits for an account marks a provider with @ContributesWaitingItems()
 * and implements this; Identity's dashboard shows whatever the contributors return.
 */
export interface WaitingItemsContributor {
  waitingFor(account: ContributingAccount): Promise<WaitingItem[]>;
}

export const ContributesWaitingItems = DiscoveryService.createDecorator<void>();

/**
 * A contributor whose items are one query's answer in the contributing context: `ask` names the query for an
 * account, `itemsOf` turns its answer into items. Most contributors are no more than that.
 */
export function waitingItemsFromQuery<Answer>(
  ask: (account: ContributingAccount) => IQuery,
  itemsOf: (answer: Answer) => WaitingItem[],
): Type<WaitingItemsContributor> {
  @Injectable()
  @ContributesWaitingItems()
  class WaitingItemsFromQuery implements WaitingItemsContributor {
    constructor(private readonly queries: QueryBus) {}

    async waitingFor(account: ContributingAccount): Promise<WaitingItem[]> {
      return itemsOf(await this.queries.execute(ask(account)));
    }
  }
  return WaitingItemsFromQuery;
}
