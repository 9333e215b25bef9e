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
}
