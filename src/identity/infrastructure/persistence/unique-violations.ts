import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { CandidateRecordAlreadyLinkedError, EmailTakenError } from '../../domain/identity.errors';

/** Turns the database's uniqueness refusals (the last line of defence against races) into domain errors. */
export function translateUniqueViolation(error: unknown): unknown {
  if (!(error instanceof UniqueConstraintViolationException)) return error;
  const constraint = (error as { constraint?: string }).constraint ?? error.message;
  if (constraint.includes('identity_accounts_email_key')) return new EmailTakenError();
  if (constraint.includes('identity_accounts_candidate_record_key'))
    return new CandidateRecordAlreadyLinkedError();
  return error;
}
