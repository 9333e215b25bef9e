import { Command } from '@nestjs/cqrs';

export interface SeedDemoDataResult {
  /** Addresses of the demo accounts made by this run (empty when they all existed). */
  createdAccounts: string[];
  candidateRecords: { created: number; updated: number; unchanged: number };
  staffEmail: string;
  /** The fixed demo TOTP secret, for an authenticator app (or `oathtool --totp -b`). */
  staffTotpSecret: string;
  staffEnrolmentUri: string;
}

/** Loads Identity's demo data (`seed:demo`): candidate records and one account of each kind. Idempotent. */
export class SeedDemoData extends Command<SeedDemoDataResult> {}
