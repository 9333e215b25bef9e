import { CandidateRecord, CandidateRecordData } from './candidate-record';
import { MatchLookup } from './candidate-match';

export interface UpsertReport {
  created: number;
  updated: number;
  unchanged: number;
}

/** A candidate record offered to staff for a pending registration, with how closely it fits. */
export interface CandidateRecordSuggestion {
  record: CandidateRecord;
  /** The claims this record agrees with exactly (names compared as name keys). */
  matchedFields: Array<'candidateNumber' | 'firstName' | 'surname' | 'dateOfBirth'>;
  /** Names that do not agree exactly but are close (a typo, a spelling: Eicken for Eichen). */
  similarFields: Array<'firstName' | 'surname'>;
  linkedAccountId: string | null;
}

export abstract class CandidateRecordRepository {
  /** The records that fit the lookup, at most `limit` (an index lookup, whatever the table's size). */
  abstract findForMatch(lookup: MatchLookup, limit: number): Promise<CandidateRecord[]>;

  /** Which of these numbers have a record. */
  abstract existingNumbers(candidateNumbers: string[]): Promise<string[]>;

  abstract byCandidateNumber(candidateNumber: string): Promise<CandidateRecord | null>;

  /**
   * Locks the record's row until the transaction ends, so two registrations cannot both link it; the
   * unique constraint on the account's link is the last line of defence.
   */
  abstract lockForLinking(recordId: string): Promise<void>;

  /** Inserts new records and updates changed ones, keyed by candidate number, in one statement per batch. */
  abstract upsertMany(records: CandidateRecordData[]): Promise<UpsertReport>;

  /** Holds a transaction-wide lock so two processes seeding demo data at once do it one after the other. */
  abstract serialiseSeeding(): Promise<void>;

  /** The closest records to a claimed identity, best first, for the authorisation queue. */
  abstract suggestionsFor(
    claim: {
      candidateNumber: string;
      firstName: string;
      surname: string;
      dateOfBirth?: string | null;
    },
    limit: number,
  ): Promise<CandidateRecordSuggestion[]>;
}
