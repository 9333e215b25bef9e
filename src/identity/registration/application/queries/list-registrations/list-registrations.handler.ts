import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Account } from '../../../../domain/account';
import { AccountRepository } from '../../../../domain/account.repository';
import {
  CandidateRecordRepository,
  CandidateRecordSuggestion,
} from '../../../../domain/candidate-record.repository';
import { AccountNotFoundError } from '../../../../domain/identity.errors';
import { ListRegistrations, RegistrationPage, RegistrationView } from './list-registrations.query';

const SUGGESTIONS = 5;

@QueryHandler(ListRegistrations)
export class ListRegistrationsHandler implements IQueryHandler<ListRegistrations> {
  constructor(
    private readonly accounts: AccountRepository,
    private readonly records: CandidateRecordRepository,
  ) {}

  async execute({ status, page, pageSize, accountId }: ListRegistrations): Promise<RegistrationPage> {
    let items: Account[];
    let total: number;
    if (accountId) {
      const account = await this.accounts.byId(accountId);
      if (!account || account.role !== 'candidate') throw new AccountNotFoundError();
      [items, total] = [[account], 1];
    } else {
      ({ items, total } = await this.accounts.listByStatus(status, page, pageSize));
    }
    const views = await Promise.all(items.map((account) => this.view(account)));
    return {
      items: views,
      page,
      pageSize,
      totalItems: total,
      totalPages: Math.max(1, Math.ceil(total / pageSize)),
    };
  }

  private async view(account: Account): Promise<RegistrationView> {
    const suggestions = await this.records.suggestionsFor(
      {
        candidateNumber: account.claimedCandidateNumber ?? 'NA',
        firstName: account.firstName,
        surname: account.surname,
        dateOfBirth: account.dateOfBirth,
      },
      SUGGESTIONS,
    );
    return {
      accountId: account.id,
      status: account.status,
      email: account.email,
      emailVerified: account.emailVerifiedAt !== null,
      firstName: account.firstName,
      surname: account.surname,
      dateOfBirth: account.dateOfBirth,
      candidateNumber: account.claimedCandidateNumber,
      telephone: account.telephone,
      mobile: account.mobile,
      registeredAt: account.createdAt,
      rejectionReason: account.rejectionReason,
      suggestions: suggestions.map((suggestion) => ({
        candidateNumber: suggestion.record.candidateNumber,
        firstName: suggestion.record.firstName,
        surname: suggestion.record.surname,
        dateOfBirth: suggestion.record.dateOfBirth,
        matchedFields: suggestion.matchedFields,
        similarFields: suggestion.similarFields,
        reason: suggestionReason(suggestion),
        linkedToAnotherAccount:
          suggestion.linkedAccountId !== null && suggestion.linkedAccountId !== account.id,
      })),
    };
  }
}

const SAME: Record<CandidateRecordSuggestion['matchedFields'][number], string> = {
  candidateNumber: 'same candidate number',
  dateOfBirth: 'same date of birth',
  firstName: 'same first name',
  surname: 'same surname',
};

/** Why a record is offered, as staff read it: exact agreements first, then the close names with the record's spelling. */
export function suggestionReason(suggestion: CandidateRecordSuggestion): string {
  const { record } = suggestion;
  const order = ['candidateNumber', 'dateOfBirth', 'firstName', 'surname'] as const;
  const parts = order.filter((field) => suggestion.matchedFields.includes(field)).map((field) => SAME[field]);
  if (suggestion.similarFields.includes('firstName')) parts.push(`first name similar (${record.firstName})`);
  if (suggestion.similarFields.includes('surname')) parts.push(`surname similar (${record.surname})`);
  const text = parts.join('; ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
