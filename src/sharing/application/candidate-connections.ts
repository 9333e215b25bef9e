import { Injectable } from '@nestjs/common';
import { DomainError } from '../../shared/domain';
import { CandidateParty, Connection } from '../domain/connection';
import { ConnectionNotFoundError } from '../domain/connection.errors';
import { ConnectionRepository } from '../domain/connection.repository';
import { Parties } from './ports/parties';

export class NoCandidateRecordError extends DomainError {
  constructor() {
    super(
      'SHARING.NO_CANDIDATE_RECORD',
      'Your account is not yet linked to your candidate record, so there is nothing to share.',
      'rule',
    );
  }
}

/** Loads what a candidate's commands need: the candidate as a party, and their own connection (else not found). */
@Injectable()
export class CandidateConnections {
  constructor(
    private readonly parties: Parties,
    private readonly connections: ConnectionRepository,
  ) {}

  async candidate(accountId: string): Promise<CandidateParty> {
    const candidate = await this.parties.candidate(accountId);
    if (!candidate) throw new NoCandidateRecordError();
    return candidate;
  }

  async owned(candidateAccountId: string, connectionId: string): Promise<Connection> {
    const connection = await this.connections.findOwnedBy(candidateAccountId, connectionId);
    if (!connection) throw new ConnectionNotFoundError();
    return connection;
  }
}
