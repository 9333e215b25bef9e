import { Injectable } from '@nestjs/common';
import { DomainEventReaction, ReactsTo } from '../../../shared/application/domain-event-reaction';
import { IntegrationEvents } from '../../../shared/application/integration-events';
import { AccountSuspended, EmailChanged, EmailVerified } from '../../domain/account.events';
import { Role } from '../../domain/account';
import { AccountSuspendedV1, EmailChangedV1, EmailVerifiedV1 } from '../../identity.integration-events';

type Published = EmailVerified | EmailChanged | AccountSuspended;

/** Turns Identity's domain events into its published contracts, in the same transaction. */
@Injectable()
@ReactsTo([EmailVerified, EmailChanged, AccountSuspended])
export class PublishIdentityIntegrationEvents implements DomainEventReaction<Published> {
  constructor(private readonly events: IntegrationEvents) {}

  async handle(event: Published): Promise<void> {
    if (event instanceof EmailVerified)
      this.events.publish(EmailVerifiedV1, {
        accountId: event.accountId,
        role: event.role as Role,
        email: event.email,
      });
    else if (event instanceof EmailChanged)
      this.events.publish(EmailChangedV1, {
        accountId: event.accountId,
        previousEmail: event.previousEmail,
        email: event.email,
      });
    else this.events.publish(AccountSuspendedV1, { accountId: event.accountId });
  }
}
