import { Query } from '@nestjs/cqrs';

export interface RegistrationSuggestion {
  candidateNumber: string;
  firstName: string;
  surname: string;
  dateOfBirth: string;
  /** Which of the registration's claims this record fits. */
  matchedFields: string[];
  /** Names close to what was typed without agreeing exactly. */
  similarFields: string[];
  /** Why it is suggested, in words: "Same date of birth; surname similar (Eichen)". */
  reason: string;
  /** Already linked to another account: approving with it would be refused. */
  linkedToAnotherAccount: boolean;
}

export interface RegistrationView {
  accountId: string;
  status: string;
  email: string;
  emailVerified: boolean;
  firstName: string;
  surname: string;
  dateOfBirth: string | null;
  /** What the candidate typed: a number or NA. */
  candidateNumber: string | null;
  telephone: string | null;
  mobile: string | null;
  registeredAt: Date;
  rejectionReason: string | null;
  suggestions: RegistrationSuggestion[];
}

export interface RegistrationPage {
  items: RegistrationView[];
  page: number;
  pageSize: number;
  totalItems: number;
  totalPages: number;
}

/** The staff authorisation queue: registrations of one status (pending by default), oldest first, with the closest records. */
export class ListRegistrations extends Query<RegistrationPage> {
  constructor(
    readonly status: 'pending_authorisation' | 'rejected',
    readonly page: number,
    readonly pageSize: number,
    /** Only this account (the staff page for one registration). */
    readonly accountId?: string,
  ) {
    super();
  }
}
