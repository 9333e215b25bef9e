import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { Connection } from '../../../domain/connection';
import { INVITATIONS_PER_DAY, TooManyInvitationsError } from '../../../domain/connection.errors';
import { ConnectionRepository } from '../../../domain/connection.repository';
import { CandidateConnections } from '../../candidate-connections';
import { Parties } from '../../ports/parties';
import { SharedAchievements } from '../../ports/shared-achievements';
import { AddConnection } from './add-connection.command';

const DAY_MS = 24 * 60 * 60 * 1000;

@CommandHandler(AddConnection)
export class AddConnectionHandler implements ICommandHandler<AddConnection> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly connections: ConnectionRepository,
    private readonly candidates: CandidateConnections,
    private readonly parties: Parties,
    private readonly achievements: SharedAchievements,
    private readonly clock: Clock,
  ) {}

  async execute({
    candidateAccountId,
    thirdParty,
    expiresAt,
    permissions,
  }: AddConnection): Promise<{ connectionId: string; created: boolean }> {
    return this.uow.run(async () => {
      const candidate = await this.candidates.candidate(candidateAccountId);
      const shareable = await this.achievements.shareableOf(candidate.candidateNumber);
      const account = await this.parties.thirdPartyByEmail(thirdParty.email);
      const input = {
        candidate,
        thirdParty,
        thirdPartyAccountId: account?.accountId ?? null,
        expiresAt,
        permissions,
        shareable,
        now: this.clock.now(),
      };
      await this.connections.lockPair(candidateAccountId, thirdParty.email);
      const existing = await this.connections.findLive(candidateAccountId, thirdParty.email);
      if (existing) {
        existing.reshare(input);
        return { connectionId: existing.id, created: false };
      }
      await this.assertUnderDailyCap(candidateAccountId, input.now);
      const connection = Connection.share(input);
      this.connections.add(connection);
      return { connectionId: connection.id, created: true };
    });
  }

  private async assertUnderDailyCap(candidateAccountId: string, now: Date): Promise<void> {
    const since = new Date(now.getTime() - DAY_MS);
    const sent = await this.connections.lockAndCountInvitationsSince(candidateAccountId, since);
    // Retry-After: a rolling window, so an hour is a fair first wait without reading every row's time.
    if (sent >= INVITATIONS_PER_DAY) throw new TooManyInvitationsError(3600);
  }
}
