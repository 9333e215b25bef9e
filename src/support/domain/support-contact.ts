import { InvalidInputError } from '../../shared/domain';

/** How people reach the awarding body's support team (the Support page). Staff keep it up to date. */
export class SupportContact {
  /** There is only ever one set of details. */
  id = 1;
  email: string;
  telephone: string | null = null;
  openingHours: string | null = null;
  postalAddress: string | null = null;
  /** Anything else worth knowing, in limited Markdown. */
  notes: string | null = null;
  /** Absent for the fallback, which was never stored. */
  updatedAt?: Date;

  /** Shown if the stored details were ever removed: the page still says how to get help. */
  static fallback(): SupportContact {
    const contact = new SupportContact();
    contact.email = 'support@veri.localhost';
    contact.openingHours = 'Monday to Friday, 9am to 5pm (UK time), except bank holidays';
    return contact;
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
    this.telephone = text(details.telephone, 'telephone', 40);
    this.openingHours = text(details.openingHours, 'openingHours', 200);
    this.postalAddress = text(details.postalAddress, 'postalAddress', 1000);
    this.notes = text(details.notes, 'notes', 5000);
    this.email = email;
    this.updatedAt = now;
  }
}
