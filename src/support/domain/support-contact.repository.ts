import { SupportContact } from './support-contact';

export abstract class SupportContactRepository {
  /** The one set of contact details, or null when none is stored. */
  abstract get(): Promise<SupportContact | null>;

  /** Writes the details now (inserting them if none were stored). */
  abstract save(contact: SupportContact): Promise<void>;
}
