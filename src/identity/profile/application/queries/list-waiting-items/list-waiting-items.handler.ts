import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ContributesWaitingItems, WaitingItem, WaitingItemsContributor } from '../../ports/waiting-items';
import { ListWaitingItems } from './list-waiting-items.query';

@QueryHandler(ListWaitingItems)
@Injectable()
export class ListWaitingItemsHandler implements IQueryHandler<ListWaitingItems, WaitingItem[]>, OnModuleInit {
  private contributors: WaitingItemsContributor[] = [];

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    this.contributors = this.discovery
      .getProviders({ metadataKey: ContributesWaitingItems.KEY })
      .map((wrapper) => wrapper.instance as WaitingItemsContributor);
  }

  async execute({ accountId, candidateNumber }: ListWaitingItems): Promise<WaitingItem[]> {
    const lists = await Promise.all(
      this.contributors.map((c) => c.waitingFor({ accountId, candidateNumber })),
    );
    return lists.flat();
  }
}
