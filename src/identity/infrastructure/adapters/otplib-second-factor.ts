import { Inject, Injectable } from '@nestjs/common';
import { authenticator } from 'otplib';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { SecondFactor } from '../../application/ports/second-factor';

const STEP_SECONDS = 30;

/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s), as every authenticator app reads it; one step of drift allowed. */
@Injectable()
export class OtplibSecondFactor extends SecondFactor {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  generateSecret(): string {
    return authenticator.generateSecret(20); // 160 bits, as RFC 4226 recommends
  }

  enrolmentUri(accountLabel: string, secret: string): string {
    return authenticator.keyuri(accountLabel, this.config.brand.shortName, secret);
  }

  verify(secret: string, code: string, now: Date): number | null {
    const token = code.replace(/\s+/g, '');
    if (!/^\d{6}$/.test(token)) return null;
    const checker = authenticator.clone({ epoch: now.getTime(), window: 1, step: STEP_SECONDS });
    const delta = checker.checkDelta(token, secret);
    if (delta === null) return null;
    return Math.floor(now.getTime() / 1000 / STEP_SECONDS) + delta;
  }
}
