import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { IdentityLinks } from '../../application/ports/identity-links';

/** Links into the web pages (src/identity/interface/web), absolute from PUBLIC_URL. */
@Injectable()
export class ConfiguredIdentityLinks extends IdentityLinks {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
  }

  login(): string {
    return `${this.config.publicUrl}/login`;
  }

  verifyEmail(token: string): string {
    return `${this.config.publicUrl}/verify-email?token=${encodeURIComponent(token)}`;
  }

  resetPassword(token: string): string {
    return `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`;
  }

  staffInvitation(token: string): string {
    return `${this.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}&welcome=1`;
  }

  forgottenPassword(): string {
    return `${this.config.publicUrl}/forgotten-password`;
  }
}
