import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  AchievementSummary,
  DocumentFile,
  GetAchievementSummaries,
  GetDocumentPdf,
} from '../../../achievements/achievements.public';
import {
  AccountSummary,
  AddressView,
  CandidateIdentity,
  GetAccountSummaries,
  GetCandidateIdentity,
  ListAddresses,
} from '../../../identity/identity.public';
import {
  AchievementFacts,
  CandidateDirectory,
  OrderingCandidate,
  SavedAddress,
} from '../../application/ports/candidate-directory';

/** The candidate and their achievements through Identity's and Achievements' published queries. */
@Injectable()
export class ContextCandidateDirectory extends CandidateDirectory {
  constructor(private readonly queries: QueryBus) {
    super();
  }

  async candidate(accountId: string): Promise<OrderingCandidate | null> {
    const identity: CandidateIdentity | null = await this.queries.execute(
      new GetCandidateIdentity(accountId),
    );
    if (!identity?.candidateNumber) return null;
    return {
      accountId,
      candidateNumber: identity.candidateNumber,
      firstName: identity.firstName,
      surname: identity.surname,
      displayName: identity.displayName,
      email: identity.email,
    };
  }

  async achievements(certificateNumbers: string[]): Promise<AchievementFacts[]> {
    const wanted = certificateNumbers
      .map((n) => String(n ?? '').trim())
      .filter((n) => n.length > 0 && n.length <= 40);
    if (wanted.length === 0) return [];
    const summaries: AchievementSummary[] = await this.queries.execute(new GetAchievementSummaries(wanted));
    return summaries.map((s) => ({
      certificateNumber: s.certificateNumber,
      candidateNumber: s.candidateNumber,
      fullName: s.fullName,
      title: s.title,
      qualificationNumber: s.qualificationNumber,
      issueDate: s.issueDate,
      grade: s.grade,
      verificationCode: s.verificationCode,
      revoked: s.revoked,
      ecertificate: s.documents.ecertificate,
    }));
  }

  /** The address book keeps no names: the candidate's name goes on the order unless another is typed. */
  async addresses(accountId: string): Promise<SavedAddress[]> {
    const book: AddressView[] = await this.queries.execute(new ListAddresses(accountId));
    return book.map((a) => ({
      id: a.id,
      label: a.label,
      isDefault: a.isDefault,
      fullName: '',
      line1: a.line1,
      line2: a.line2,
      town: a.town,
      county: a.county,
      postcode: a.postcode,
      country: a.country,
    }));
  }

  async accountNames(accountIds: string[]): Promise<Map<string, string>> {
    const wanted = [...new Set(accountIds.filter(Boolean))];
    if (wanted.length === 0) return new Map();
    const found: AccountSummary[] = await this.queries.execute(new GetAccountSummaries(wanted, []));
    return new Map(found.map((a) => [a.accountId, a.displayName]));
  }

  async certificatePdf(
    candidateNumber: string,
    certificateNumber: string,
  ): Promise<{ fileName: string; content: Buffer }> {
    const file: DocumentFile = await this.queries.execute(
      new GetDocumentPdf(candidateNumber, certificateNumber, 'ecertificate'),
    );
    return { fileName: file.fileName, content: file.content };
  }
}
