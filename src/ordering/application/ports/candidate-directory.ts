import { PostalAddress } from '../../domain/postal-address';

export interface OrderingCandidate {
  accountId: string;
  candidateNumber: string;
  firstName: string;
  surname: string;
  displayName: string;
  email: string;
}

export interface AchievementFacts {
  certificateNumber: string;
  candidateNumber: string;
  fullName: string;
  title: string;
  qualificationNumber: string | null;
  issueDate: string;
  grade: string | null;
  verificationCode: string;
  revoked: boolean;
  /** Whether an eCertificate PDF exists (issued on or after 1 November 2017). */
  ecertificate: boolean;
}

export interface SavedAddress extends PostalAddress {
  id: string;
  label: string | null;
  isDefault: boolean;
}

/** What Ordering needs to know from Identity and Achievements (through their public queries). */
export abstract class CandidateDirectory {
  /** Null when the account is not a candidate linked to a candidate record. */
  abstract candidate(accountId: string): Promise<OrderingCandidate | null>;
  abstract achievements(certificateNumbers: string[]): Promise<AchievementFacts[]>;
  /** The candidate's address book (empty when there is none). */
  abstract addresses(accountId: string): Promise<SavedAddress[]>;
  /** Display names of accounts (staff who created a print batch, say), by account id; unknown ids are left out. */
  abstract accountNames(accountIds: string[]): Promise<Map<string, string>>;
  /** The achievement's eCertificate PDF, for the print house (held by `candidateNumber`, else not found). */
  abstract certificatePdf(
    candidateNumber: string,
    certificateNumber: string,
  ): Promise<{ fileName: string; content: Buffer }>;
}
