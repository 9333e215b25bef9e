import { SupportContact } from './support-contact';

export abstract class SupportContactRepository {
  /** The one set of contact details, or null when none is stored. */
  abstract get(): Promise<SupportContact | null>;
}
