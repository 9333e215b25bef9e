/** Time-based one-time passwords (RFC 6238) from an authenticator app. */
export abstract class SecondFactor {
  abstract generateSecret(): string;
  /** The otpauth:// URL an authenticator app reads (from a QR code) to add the account. */
  abstract enrolmentUri(accountLabel: string, secret: string): string;
  /** The time step the code belongs to when it is valid now (one step of clock drift allowed), else null. */
  abstract verify(secret: string, code: string, now: Date): number | null;
}
