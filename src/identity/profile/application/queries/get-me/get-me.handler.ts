import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccountRepository } from '../../../../domain/account.repository';
import { AccountNotFoundError } from '../../../../domain/identity.errors';
import {
  AccountCounts,
  AccountCountsContributor,
  ContributesAccountCounts,
} from '../../ports/account-counts';
import { accountDetailsOf } from '../../../../application/views/account-details';
import { photoUrlOf } from '../../views/candidate-photo';
import { GetMe, MeView } from './get-me.query';

@QueryHandler(GetMe)
@Injectable()
export class GetMeHandler implements IQueryHandler<GetMe>, OnModuleInit {
  private contributors: AccountCountsContributor[] = [];

  constructor(
    private readonly accounts: AccountRepository,
    private readonly discovery: DiscoveryService,
  ) {}

  onModuleInit(): void {
    this.contributors = this.discovery
      .getProviders({ metadataKey: ContributesAccountCounts.KEY })
      .map((wrapper) => wrapper.instance as AccountCountsContributor);
  }

  async execute({ accountId }: GetMe): Promise<MeView> {
    const account = await this.accounts.byId(accountId);
    if (!account) throw new AccountNotFoundError();
    const counts: AccountCounts = { orders: 0, certificates: 0, letters: 0 };
    for (const contributor of this.contributors) {
      const more = await contributor.countsFor({
        accountId: account.id,
        candidateNumber: account.candidateNumber,
      });
      counts.orders += more.orders ?? 0;
      counts.certificates += more.certificates ?? 0;
      counts.letters += more.letters ?? 0;
    }
    return {
      id: account.id,
      ...accountDetailsOf(account),
      displayName: account.displayName(),
      photoUrl: account.photoKey ? photoUrlOf(account.photoKey) : null,
      social: account.social ?? {},
      counts,
      createdAt: account.createdAt,
    };
  }
}
