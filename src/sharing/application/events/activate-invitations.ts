import { Injectable } from '@nestjs/common';
import { EmailVerified } from '../../../identity/identity.public';
import { DomainEventReaction, ReactsTo } from '../../../shared/application/domain-event-reaction';
import { Clock } from '../../../shared/domain';
import { ConnectionRepository } from '../../domain/connection.repository';

/**
 * A third party has proved its email address (after registering from an invitation, or changing
 * address): the connections invited at that address come into force, in the same transaction.
 */
@Injectable()
@ReactsTo([EmailVerified])
export class ActivateInvitationsOnEmailVerified implements DomainEventReaction<EmailVerified> {
  constructor(
    private readonly connections: ConnectionRepository,
    private readonly clock: Clock,
  ) {}

  async handle(event: EmailVerified): Promise<void> {
    if (event.role !== 'third_party') return;
    for (const connection of await this.connections.listInvitedAt(event.email))
      connection.activateFor(event.accountId, this.clock.now());
  }
}
