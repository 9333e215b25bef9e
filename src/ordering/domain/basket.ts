import { newId } from '../../shared/domain';
import { ProductCode } from './catalogue';
import { OnePerAchievementError } from './ordering.errors';
import { ReasonForReprint, ReprintReason } from './reprint-reason';

/** One document in a candidate's basket. Its price is the catalogue's until the order freezes it. */
export class BasketItem {
  constructor(
    readonly id: string,
    readonly accountId: string,
    readonly candidateNumber: string,
    readonly productCode: ProductCode,
    readonly certificateNumber: string,
    readonly qualificationTitle: string,
    readonly reason: ReprintReason,
    readonly reasonText: string | null,
    readonly quantity: number,
    readonly addedAt: Date,
  ) {}
}

/** Who may hold a copy of what: one per candidate, per achievement, per product. */
export interface ReprintKey {
  candidateNumber: string;
  certificateNumber: string;
  productCode: ProductCode;
}

export interface NewBasketItem {
  productCode: ProductCode;
  certificateNumber: string;
  qualificationTitle: string;
  reason: ReasonForReprint;
  quantity: number;
}

/**
 * A candidate's basket. It enforces "one copy per achievement per product": a second copy, a quantity
 * other than one, or a document already on an order that is not finished (`alreadyClaimed`) is refused.
 * The database holds the same rule as a unique key, for requests that race each other.
 */
export class Basket {
  private readonly added: BasketItem[] = [];
  private readonly removed: BasketItem[] = [];

  constructor(
    readonly accountId: string,
    readonly candidateNumber: string,
    private readonly current: BasketItem[],
  ) {}

  get items(): readonly BasketItem[] {
    return this.current;
  }

  /** Items added since the basket was loaded, and still in it: what saving writes. */
  get addedItems(): readonly BasketItem[] {
    return this.added;
  }

  /** Stored items taken out since the basket was loaded: what saving deletes. */
  get removedItems(): readonly BasketItem[] {
    return this.removed;
  }

  get isEmpty(): boolean {
    return this.current.length === 0;
  }

  add(input: NewBasketItem, alreadyClaimed: boolean, now: Date): BasketItem {
    if (input.quantity !== 1) throw new OnePerAchievementError('quantity');
    const duplicate = this.current.some(
      (i) => i.productCode === input.productCode && i.certificateNumber === input.certificateNumber,
    );
    if (duplicate || alreadyClaimed) throw new OnePerAchievementError();
    const item = new BasketItem(
      newId(),
      this.accountId,
      this.candidateNumber,
      input.productCode,
      input.certificateNumber,
      input.qualificationTitle,
      input.reason.reason,
      input.reason.text,
      1,
      now,
    );
    this.current.push(item);
    this.added.push(item);
    return item;
  }

  /** Returns false when the item is not in this basket (someone else's, or already gone). */
  remove(itemId: string): boolean {
    const index = this.current.findIndex((i) => i.id === itemId);
    if (index < 0) return false;
    this.taken(this.current.splice(index, 1));
    return true;
  }

  /** Checkout takes every item onto the order. */
  empty(): BasketItem[] {
    const all = this.current.splice(0, this.current.length);
    this.taken(all);
    return all;
  }

  /** An item added since loading leaves no trace; a stored one is to be deleted. */
  private taken(items: BasketItem[]): void {
    for (const item of items) {
      const added = this.added.indexOf(item);
      if (added >= 0) this.added.splice(added, 1);
      else this.removed.push(item);
    }
  }
}

export abstract class BasketRepository {
  abstract load(accountId: string, candidateNumber: string): Promise<Basket>;
  /** Waits for any other change to this account's basket (add, checkout) to finish first. */
  abstract lock(accountId: string): Promise<void>;
  abstract save(basket: Basket): Promise<void>;
}

/**
 * The claims on "one per achievement per product". A claim is held by a basket item, then by the order
 * that took it, and released when the item is removed, the order is cancelled or it is dispatched.
 */
export abstract class ReprintClaims {
  abstract isClaimed(key: ReprintKey): Promise<boolean>;
  /** @throws OnePerAchievementError when someone else holds the claim (the database decides). */
  abstract claim(key: ReprintKey, holderId: string): Promise<void>;
  abstract transfer(fromHolderIds: string[], toHolderId: string): Promise<void>;
  abstract release(holderId: string): Promise<void>;
}
