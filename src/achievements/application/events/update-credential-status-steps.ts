import { Injectable } from '@nestjs/common';
import { DomainEventReaction, ReactsTo } from '../../../shared/application/domain-event-reaction';
import { Outbox } from '../../../shared/application/outbox';
import { AchievementCorrected, AchievementRevoked } from '../../domain/achievement.events';
import { UPDATE_CREDENTIAL_STATUS_TOPIC } from '../commands/update-credential-status/update-credential-status.command';

/**
 * A revocation or a correction changes which credentials are current: the status list is re-signed by
 * a job, in the outbox with the change, so it happens (within seconds) even if this process stops.
 */
@Injectable()
@ReactsTo([AchievementRevoked, AchievementCorrected])
export class QueueCredentialStatusUpdate implements DomainEventReaction<
  AchievementRevoked | AchievementCorrected
> {
  constructor(private readonly outbox: Outbox) {}

  handle(event: AchievementRevoked | AchievementCorrected): Promise<void> {
    this.outbox.add({
      topic: UPDATE_CREDENTIAL_STATUS_TOPIC,
      payload: { certificateNumber: event.certificateNumber },
    });
    return Promise.resolve();
  }
}
