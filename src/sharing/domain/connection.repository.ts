import { Connection } from './connection';

export interface ConnectionPage {
  items: Connection[];
  total: number;
}

/** Where connections are kept. Lookups scoped to a party answer null for anyone else's connection. */
export abstract class ConnectionRepository {
  abstract add(connection: Connection): void;

  abstract byId(connectionId: string): Promise<Connection | null>;

  /** The candidate's connection, or null (absent or someone else's). */
  abstract findOwnedBy(candidateAccountId: string, connectionId: string): Promise<Connection | null>;

  /**
   * The connection of a third-party account (the one that claimed it), or null. Never by email: the
   * address only lets an account claim an invitation (docs/adr/0009).
   */
  abstract findForThirdParty(thirdPartyAccountId: string, connectionId: string): Promise<Connection | null>;

  /**
   * Holds a transaction-wide lock on the pair (candidate, third-party email), so two commands adding or
   * requesting the same connection at once run one after the other and the second updates the first.
   */
  abstract lockPair(candidateAccountId: string, thirdPartyEmail: string): Promise<void>;

  /** The one live connection of this candidate with this third-party email, if any. */
  /**
   * Serialises the invitations of one candidate until the transaction ends and counts those sent
   * since `since` (connections the candidate created, whatever became of them).
   */
  abstract lockAndCountInvitationsSince(candidateAccountId: string, since: Date): Promise<number>;

  abstract findLive(candidateAccountId: string, thirdPartyEmail: string): Promise<Connection | null>;

  /** Connections invited at this email address and not yet taken up. */
  abstract listInvitedAt(thirdPartyEmail: string): Promise<Connection[]>;

  /** Every connection a third-party account has claimed or asked for. */
  abstract allOfThirdParty(thirdPartyAccountId: string): Promise<Connection[]>;

  /**
   * Every connection the candidate has ever had (a candidate has few), locked until the transaction
   * ends: the changes that follow Identity's events about one candidate apply one after another, so
   * two deliveries handled at once cannot each write half of what they saw.
   */
  abstract allOfCandidate(candidateAccountId: string): Promise<Connection[]>;

  abstract listForCandidate(
    candidateAccountId: string,
    page: { offset: number; limit: number },
  ): Promise<ConnectionPage>;

  /** Every connection of the candidate with this number (staff support view). */
  abstract listByCandidateNumber(
    candidateNumber: string,
    page: { offset: number; limit: number },
  ): Promise<ConnectionPage>;

  abstract listForThirdParty(
    thirdPartyAccountId: string,
    page: { offset: number; limit: number },
  ): Promise<ConnectionPage>;
}
