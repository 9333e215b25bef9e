import { Address, AddressFields } from './address';
import { AddressBookFullError, AddressNotFoundError } from './profile.errors';

/**
 * The addresses of one account, guarded together: a bounded number, and exactly one default whenever
 * there is any address (the first one added is the default; removing the default promotes the oldest
 * remaining). The repository writes what `added` and `removed` list, plus changes to loaded entries.
 */
export class AddressBook {
  static readonly LIMIT = 20;

  readonly added: Address[] = [];
  readonly removed: Address[] = [];

  constructor(
    readonly accountId: string,
    private readonly entries: Address[],
  ) {}

  /** Default first, then in the order they were added. */
  list(): Address[] {
    return [...this.entries].sort(
      (a, b) =>
        Number(b.isDefault) - Number(a.isDefault) ||
        a.createdAt.getTime() - b.createdAt.getTime() ||
        a.id.localeCompare(b.id),
    );
  }

  get(id: string): Address {
    const address = this.entries.find((entry) => entry.id === id);
    if (!address) throw new AddressNotFoundError();
    return address;
  }

  add(id: string, fields: AddressFields, makeDefault: boolean, now: Date): Address {
    if (this.entries.length >= AddressBook.LIMIT) throw new AddressBookFullError(AddressBook.LIMIT);
    const address = Address.create(id, this.accountId, fields, now);
    this.entries.push(address);
    this.added.push(address);
    if (makeDefault || this.entries.length === 1) this.chooseDefault(id, now);
    return address;
  }

  /** `makeDefault: false` on the default is ignored: the default moves only by choosing another. */
  edit(id: string, fields: AddressFields, makeDefault: boolean | undefined, now: Date): Address {
    const address = this.get(id);
    address.change(fields, now);
    if (makeDefault) this.chooseDefault(id, now);
    return address;
  }

  chooseDefault(id: string, now: Date): void {
    const chosen = this.get(id);
    for (const entry of this.entries) entry.markDefault(entry === chosen, now);
  }

  remove(id: string, now: Date): void {
    const address = this.get(id);
    this.entries.splice(this.entries.indexOf(address), 1);
    const justAdded = this.added.indexOf(address);
    if (justAdded >= 0) this.added.splice(justAdded, 1);
    else this.removed.push(address);
    if (address.isDefault && this.entries.length > 0) {
      const oldest = [...this.entries].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())[0];
      this.chooseDefault(oldest.id, now);
    }
  }
}
