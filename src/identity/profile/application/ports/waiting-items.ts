import { DiscoveryService } from '@nestjs/core';

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
  waitingFor(account: { accountId: string; candidateNumber: string | null }): Promise<WaitingItem[]>;
}

export const ContributesWaitingItems = DiscoveryService.createDecorator<void>();
