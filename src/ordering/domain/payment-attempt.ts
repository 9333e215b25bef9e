/** What the card payment provider said about an attempt. */
export type PaymentOutcome = 'ok' | 'notauthed' | 'rejected' | 'abort' | 'error';
export type PaymentAttemptStatus = 'registering' | 'registered' | 'registration_failed' | PaymentOutcome;

/**
 * One try at paying an order: registered with the provider under its own reference (VendorTxCode), then
 * settled by exactly one signed notification. A failed try leaves the order payable for a new attempt.
 */
export class PaymentAttempt {
  status: PaymentAttemptStatus = 'registering';
  providerTransactionId: string | null = null;
  /** The provider's per-transaction secret used to check its notification's signature. Never shown. */
  securityKey: string | null = null;
  paymentPageUrl: string | null = null;
  statusDetail: string | null = null;
  completedAt: Date | null = null;

  constructor(
    readonly id: string,
    readonly orderId: string,
    readonly reference: string,
    readonly amountPence: number,
    readonly createdAt: Date,
    /** The checkout's Idempotency-Key: a replay of that checkout answers this attempt's payment page. */
    readonly idempotencyKey: string | null = null,
  ) {}

  isRegistering(): boolean {
    return this.status === 'registering';
  }

  registered(providerTransactionId: string, securityKey: string, paymentPageUrl: string): void {
    this.status = 'registered';
    this.providerTransactionId = providerTransactionId;
    this.securityKey = securityKey;
    this.paymentPageUrl = paymentPageUrl;
  }

  registrationFailed(detail: string): void {
    this.status = 'registration_failed';
    this.statusDetail = detail.slice(0, 255);
  }

  isSettled(): boolean {
    return ['ok', 'notauthed', 'rejected', 'abort', 'error'].includes(this.status);
  }

  /** Returns false when already settled: a repeated notification has no further effect. */
  settle(outcome: PaymentOutcome, providerTransactionId: string, detail: string, at: Date): boolean {
    if (this.isSettled()) return false;
    this.status = outcome;
    this.providerTransactionId = providerTransactionId || this.providerTransactionId;
    this.statusDetail = detail.slice(0, 255) || null;
    this.completedAt = at;
    return true;
  }
}

export abstract class PaymentAttemptRepository {
  /** Writes a new attempt at once, in the current transaction (after its order). */
  abstract add(attempt: PaymentAttempt): Promise<void>;
  /** Locks the attempt for this transaction so simultaneous notifications settle it once. */
  abstract lockByReference(reference: string): Promise<PaymentAttempt | undefined>;
  abstract findByReference(reference: string): Promise<PaymentAttempt | undefined>;
  /** Read afresh from the store: another request may have registered it since. */
  abstract findById(id: string): Promise<PaymentAttempt | undefined>;
  /** The order's attempt started by the checkout with this idempotency key, if any. */
  abstract findByIdempotencyKey(orderId: string, key: string): Promise<PaymentAttempt | undefined>;
  /** Serialises starting payments of one order for this transaction, so a key gets one attempt. */
  abstract lockOrder(orderId: string): Promise<void>;
  /**
   * Stores the provider's answer to an attempt's registration (registered or failed), in one statement
   * outside any transaction: the attempt is the one this process created, so it is not read again. An
   * attempt no longer registering (settled meanwhile) is left as it is.
   */
  abstract saveRegistration(attempt: PaymentAttempt): Promise<void>;
}
