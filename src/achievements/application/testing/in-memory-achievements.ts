// Object mothers and in-memory stand-ins of Achievements' ports, for the handlers' unit specs.
import {
  InMemoryFileStorage,
  MarkingPdfSigner,
  RecordingPdfRenderer,
} from '../../../shared/application/testing';
import { Achievement } from '../../domain/achievement';
import { AchievementDetails } from '../../domain/achievement-details';
import { AchievementRepository } from '../../domain/achievement.repository';
import { Enquiry, EnquiryStatus, EnquiryTopic } from '../../domain/enquiry';
import { EnquiryPage, EnquiryRepository } from '../../domain/enquiry.repository';
import { CandidateAccounts, CandidateContact } from '../ports/candidate-accounts';
import { CandidateRegister } from '../ports/candidate-register';
import { DocumentSettings } from '../ports/document-settings';
import { QrCodes } from '../ports/qr-codes';
import { AchievementDocuments } from '../services/achievement-documents';

const AT = new Date('2026-11-01T09:00:00Z');

// ---- object mothers ------------------------------------------------------------------------------

export const CANDIDATE_NUMBER = '0001010';

/** A qualification with one unit, issued after 1 November 2017 (so it has both PDFs). */
export function achievementDetails(overrides: Partial<AchievementDetails> = {}): AchievementDetails {
  return {
    kind: 'qualification',
    title: 'Level 3 Diploma in Light Vehicle Maintenance',
    qualificationNumber: '600/6553/2',
    candidateNumber: CANDIDATE_NUMBER,
    fullName: 'John Eichen',
    grade: 'Merit',
    issueDate: '2018-03-14',
    units: [{ unitNumber: 'H/601/6431', title: 'Health and safety', level: '3', credit: 2 }],
    ...overrides,
  };
}

let codes = 0;
export function anAchievement(
  certificateNumber = '01702345-01-K7PD',
  overrides: Partial<AchievementDetails> = {},
): Achievement {
  codes++;
  const code = `AAAA-BBBB-CCCC-${String(codes).padStart(4, '0')}`;
  const achievement = Achievement.issue(certificateNumber, achievementDetails(overrides), code, AT);
  achievement.pullDomainEvents();
  return achievement;
}

export const CANDIDATE_ACCOUNT_ID = 'candidate-account-1';

/** An open enquiry of the candidate about the achievement, with its first message. */
export function anEnquiry(
  achievement: Achievement = anAchievement(),
  input: { message?: string; topic?: EnquiryTopic; candidateAccountId?: string } = {},
): Enquiry {
  const enquiry = Enquiry.raise({
    achievementId: achievement.id,
    certificateNumber: achievement.certificateNumber,
    achievementTitle: achievement.title,
    candidateAccountId: input.candidateAccountId ?? CANDIDATE_ACCOUNT_ID,
    candidateNumber: achievement.candidateNumber,
    topic: input.topic ?? 'grade',
    message: input.message ?? 'My grade should be Distinction.',
    now: AT,
  });
  enquiry.pullDomainEvents();
  return enquiry;
}

// ---- in-memory repositories ----------------------------------------------------------------------

export class InMemoryAchievements extends AchievementRepository {
  readonly items = new Map<string, Achievement>();

  aggregates() {
    return this.items.values();
  }
  has(...achievements: Achievement[]): this {
    for (const a of achievements) this.add(a);
    return this;
  }
  async findByCertificateNumber(n: string) {
    return this.items.get(n.toUpperCase());
  }
  async findByCertificateNumbers(ns: string[]) {
    return ns.map((n) => this.items.get(n.toUpperCase())).filter((a): a is Achievement => !!a);
  }
  async detailsByCertificateNumbers(ns: string[]) {
    const found = await this.findByCertificateNumbers(ns);
    return new Map(found.map((a) => [a.certificateNumber, a.details()]));
  }
  async findByVerificationCode(code: string) {
    return [...this.items.values()].find((a) => a.verificationCode === code);
  }
  async listHeldBy(candidateNumber: string) {
    return [...this.items.values()].filter((a) => a.candidateNumber === candidateNumber);
  }
  async countHeldBy(candidateNumber: string) {
    return (await this.listHeldBy(candidateNumber)).length;
  }
  add(achievement: Achievement) {
    this.items.set(achievement.certificateNumber.toUpperCase(), achievement);
  }
  async addAll(achievements: Achievement[]) {
    for (const achievement of achievements) this.add(achievement);
  }
}

export class InMemoryEnquiries extends EnquiryRepository {
  readonly all: Enquiry[] = [];

  aggregates() {
    return this.all;
  }
  has(...enquiries: Enquiry[]): this {
    for (const e of enquiries) this.add(e);
    return this;
  }
  async findById(id: string) {
    return this.all.find((e) => e.id === id);
  }
  async listRaisedBy(candidateAccountId: string) {
    return this.all.filter((e) => e.candidateAccountId === candidateAccountId);
  }
  async listByStatus(
    status: EnquiryStatus | undefined,
    { offset, limit }: { offset: number; limit: number },
  ) {
    const items = this.all.filter((e) => !status || e.status === status);
    return { items: items.slice(offset, offset + limit), total: items.length } satisfies EnquiryPage;
  }
  add(enquiry: Enquiry) {
    this.all.push(enquiry);
  }
}

// ---- other ports ---------------------------------------------------------------------------------

/** The candidate register of Identity, as the numbers it knows. */
export class KnownCandidates extends CandidateRegister {
  constructor(private readonly known: string[] = [CANDIDATE_NUMBER]) {
    super();
  }
  async existing(numbers: string[]) {
    return new Set(numbers.filter((n) => this.known.includes(n)));
  }
}

export class FakeCandidateAccounts extends CandidateAccounts {
  constructor(
    private readonly accounts: Record<string, CandidateContact & { candidateNumber: string }> = {},
  ) {
    super();
  }
  async candidateNumberOf(accountId: string) {
    return this.accounts[accountId]?.candidateNumber ?? null;
  }
  async contactFor(accountId: string) {
    return this.accounts[accountId];
  }
}

export class FakeDocumentSettings extends DocumentSettings {
  verificationUrl(code: string) {
    return `https://veri.example/verify/${code}`;
  }
  portalUrl(path: string) {
    return `https://veri.example${path}`;
  }
  get enquiriesInbox() {
    return 'enquiries@awarding.example';
  }
  async templateVersion() {
    return 'v1';
  }
  get signature() {
    return {
      reason: 'Issued',
      location: 'Leeds',
      signerName: 'Awarding Body',
      contactInfo: 'https://veri.example',
    };
  }
  get signatory() {
    return { name: 'Dr Jane Smith', role: 'Chief Executive' };
  }
}

export class FakeQrCodes extends QrCodes {
  async imageDataUrl(text: string) {
    return `data:image/png;base64,${Buffer.from(text).toString('base64')}`;
  }
}

/** The real AchievementDocuments over in-memory storage, a recording renderer and a marking signer. */
export function inMemoryDocuments() {
  const storage = new InMemoryFileStorage();
  const renderer = new RecordingPdfRenderer();
  const documents = new AchievementDocuments(
    renderer,
    new MarkingPdfSigner(),
    storage,
    new FakeDocumentSettings(),
    new FakeQrCodes(),
  );
  return { documents, storage, renderer };
}
