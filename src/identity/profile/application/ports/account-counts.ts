import { DiscoveryService } from '@nestjs/core';

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
  countsFor(account: { accountId: string; candidateNumber: string | null }): Promise<Partial<AccountCounts>>;
}

export const ContributesAccountCounts = DiscoveryService.createDecorator<void>();
