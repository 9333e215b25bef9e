import { Query } from '@nestjs/cqrs';

/**
 * Whether an emailed password link (a reset, or a staff invitation's "set your password") can still be
 * used: the page checks it when the link is opened, before anyone types a new password twice.
 */
export class CheckPasswordLink extends Query<{ usable: boolean }> {
  constructor(readonly token: string) {
    super();
  }
}
