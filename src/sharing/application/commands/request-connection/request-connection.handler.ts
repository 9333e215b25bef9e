import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock, newId } from '../../../../shared/domain';
import { Connection } from '../../../domain/connection';
import { ConnectionRepository } from '../../../domain/connection.repository';
import { Parties } from '../../ports/parties';
import { UnmatchedRequests } from '../../ports/unmatched-requests';
import { RequestConnection } from './request-connection.command';

@CommandHandler(RequestConnection)
export class RequestConnectionHandler implements ICommandHandler<RequestConnection> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly connections: ConnectionRepository,
    private readonly parties: Parties,
    private readonly clock: Clock,
    private readonly unmatched: UnmatchedRequests,
  ) {}

  async execute({
    thirdPartyAccountId,
    candidateNumber,
    surname,
    dateOfBirth,
    message,
  }: RequestConnection): Promise<void> {
    await this.uow.run(async () => {
      const thirdParty = await this.parties.thirdParty(thirdPartyAccountId);
      const candidate = await this.parties.candidateByDetails(candidateNumber, surname, dateOfBirth);
      if (!thirdParty) return;
      if (!candidate) {
        // Kept and shown to the asker as pending, like a matched request the candidate has not
        // answered: a card only for a match would tell them the details belong to a candidate.
        await this.unmatched.record({
          id: newId(),
          thirdPartyAccountId,
          candidateNumber: candidateNumber.trim().toUpperCase(),
          surname: surname.trim(),
          dateOfBirth,
          message,
          createdAt: this.clock.now(),
        });
        return;
      }
      // A live connection already covers this pair: asking again changes nothing.
      await this.connections.lockPair(candidate.accountId, thirdParty.email);
      if (await this.connections.findLive(candidate.accountId, thirdParty.email)) return;
      this.connections.add(
        Connection.request({
          candidate,
          thirdParty: {
            firstName: thirdParty.firstName,
            surname: thirdParty.surname,
            email: thirdParty.email,
            company: thirdParty.company || thirdParty.displayName,
          },
          thirdPartyAccountId,
          message,
          now: this.clock.now(),
        }),
      );
    });
  }
}
