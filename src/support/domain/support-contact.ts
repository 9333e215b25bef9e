import { InvalidInputError } from '../../shared/domain';

/** The support contact details as the repository stores them and gives them back. */
export interface SupportContactState {
  email: string;
  telephone: string | null;
  openingHours: string | null;
  postalAddress: string | null;
  /** Anything else worth knowing, in limited Markdown. */
  notes: string | null;
  /** Absent for the fallback, which was never stored. */
  updatedAt?: Date;
}

/**
 * How people reach the awarding body's support team (the Support page). Staff keep it up to date
 * through `revise`, which always keeps an email address; the state is otherwise the aggregate's own.
 */
export class SupportContact {
  /** There is only ever one set of details. */
  readonly id = 1;

  private constructor(private readonly state: SupportContactState) {}

  /** Shown if the stored details were ever removed: the page still says how to get help. */
  static fallback(): SupportContact {
    return new SupportContact({
      email: 'support@veri.localhost',
      telephone: null,
      openingHours: 'Monday to Friday, 9am to 5pm (UK time), except bank holidays',
      postalAddress: null,
      notes: null,
    });
  }

  /** The details as they were stored (checked when they were revised). */
  static restore(state: SupportContactState): SupportContact {
    return new SupportContact({ ...state });
  }

  get email(): string {
    return this.state.email;
  }
  get telephone(): string | null {
    return this.state.telephone;
  }
  get openingHours(): string | null {
    return this.state.openingHours;
  }
  get postalAddress(): string | null {
    return this.state.postalAddress;
  }
  get notes(): string | null {
    return this.state.notes;
  }
  get updatedAt(): Date | undefined {
    return this.state.updatedAt;
  }

  /** A copy of the state, for the repository to store. */
  toState(): SupportContactState {
    return { ...this.state };
  }

  /** Staff replace the details; an email address is always kept so the page says how to get help. */
  revise(
    details: {
      email: string;
      telephone?: string | null;
      openingHours?: string | null;
      postalAddress?: string | null;
      notes?: string | null;
    },
    now: Date,
  ): void {
    const email = details.email.trim();
    if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254) {
      const message = 'Enter an email address, like support@example.com.';
      throw new InvalidInputError('SUPPORT.CONTACT_EMAIL_INVALID', message, [{ field: 'email', message }]);
    }
    const text = (value: string | null | undefined, field: string, max: number): string | null => {
      const trimmed = (value ?? '').trim();
      if (trimmed.length > max) {
        const message = `This must be ${max} characters or fewer.`;
        throw new InvalidInputError('SUPPORT.CONTACT_TOO_LONG', message, [{ field, message }]);
      }
      return trimmed || null;
    };
    const telephone = text(details.telephone, 'telephone', 40);
    const openingHours = text(details.openingHours, 'openingHours', 200);
    const postalAddress = text(details.postalAddress, 'postalAddress', 1000);
    const notes = text(details.notes, 'notes', 5000);
    // Written only once every part passed, so a refusal leaves the details as they were.
    Object.assign(this.state, { email, telephone, openingHours, postalAddress, notes, updatedAt: now });
  }
}
