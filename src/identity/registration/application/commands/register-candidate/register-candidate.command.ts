import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../../shared/application/audit-log';

export interface CandidateRegistrationInput {
  email: string;
  /** Either the password (API) or its hash, made when the web form's first step was accepted. */
  password?: string;
  passwordHash?: string;
  /** The candidate number, or NA when the candidate does not know it. */
  candidateNumber: string;
  firstName: string;
  surname: string;
  telephone?: string | null;
  mobile?: string | null;
  dateOfBirth: string;
}

/** Registers a candidate and matches them against the candidate records. */
export class RegisterCandidate extends Command<{
  accountId: string;
  status: 'active' | 'pending_authorisation';
}> {
  constructor(
    readonly input: CandidateRegistrationInput,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
