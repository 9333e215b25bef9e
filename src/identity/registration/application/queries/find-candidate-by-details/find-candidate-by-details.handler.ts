import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AccountRepository } from '../../../../domain/account.repository';
import { parseCalendarDate } from '../../../../domain/calendar-date';
import { cleanCandidateNumber } from '../../../../domain/candidate-number';
import { CandidateRecordRepository } from '../../../../domain/candidate-record.repository';
import { nameKey } from '../../../../domain/name-key';
import { FindCandidateByDetails, MatchedCandidate } from './find-candidate-by-details.query';

@QueryHandler(FindCandidateByDetails)
export class FindCandidateByDetailsHandler implements IQueryHandler<FindCandidateByDetails> {
  constructor(
    private readonly records: CandidateRecordRepository,
    private readonly accounts: AccountRepository,
  ) {}

  async execute({
    candidateNumber,
    surname,
    dateOfBirth,
  }: FindCandidateByDetails): Promise<MatchedCandidate | null> {
    const number = cleanCandidateNumber(candidateNumber);
    const date = parseCalendarDate(dateOfBirth);
    if (!number || !date || !nameKey(surname)) return null;
    const record = await this.records.byCandidateNumber(number);
    if (!record || record.dateOfBirth !== date || nameKey(record.surname) !== nameKey(surname)) return null;
    const accountId = await this.accounts.linkedTo(record.id);
    const account = accountId ? await this.accounts.byId(accountId) : null;
    if (!account || account.role !== 'candidate' || account.status !== 'active' || !account.candidateNumber)
      return null;
    return {
      accountId: account.id,
      candidateNumber: account.candidateNumber,
      displayName: account.displayName(),
      email: account.email,
      hasPhoto: account.photoKey !== null,
    };
  }
}
