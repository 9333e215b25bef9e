import { Injectable } from '@nestjs/common';
import { EmailOutbox } from '../../../shared/application/email-outbox';
import { Account } from '../../domain/account';
import { ONE_TIME_TOKEN_LIFETIME_MS } from '../../domain/one-time-token';
import { IdentityLinks } from '../ports/identity-links';

/**
 * Every email Identity sends, queued in the command's transaction (templates/emails/identity-*.hbs).
 * Links carry the raw one-time token; only its hash is stored.
 */
@Injectable()
export class IdentityMailer {
  constructor(
    private readonly emails: EmailOutbox,
    private readonly links: IdentityLinks,
  ) {}

  candidateActive(account: Account, verificationToken: string | null): void {
    this.emails.queue({
      to: account.email,
      subject: 'Your account is ready',
      template: 'identity-candidate-active',
      data: this.welcome(account, verificationToken),
    });
  }

  candidatePending(account: Account, verificationToken: string): void {
    this.emails.queue({
      to: account.email,
      subject: 'Your registration is waiting for authorisation',
      template: 'identity-candidate-pending',
      data: {
        firstName: account.firstName,
        email: account.email,
        verifyUrl: this.links.verifyEmail(verificationToken),
      },
    });
  }

  registrationApproved(account: Account, verificationToken: string | null): void {
    this.emails.queue({
      to: account.email,
      subject: 'Your registration has been approved',
      template: 'identity-registration-approved',
      data: this.welcome(account, verificationToken),
    });
  }

  registrationRejected(account: Account, reason: string): void {
    this.emails.queue({
      to: account.email,
      subject: 'Your registration could not be approved',
      template: 'identity-registration-rejected',
      data: { firstName: account.firstName, reason },
    });
  }

  verifyEmail(account: Account, token: string): void {
    this.emails.queue({
      to: account.email,
      subject: 'Confirm your email address',
      template: 'identity-verify-email',
      data: { firstName: account.firstName, email: account.email, verifyUrl: this.links.verifyEmail(token) },
    });
  }

  confirmEmailChange(account: Account, newEmail: string, token: string): void {
    this.emails.queue({
      to: newEmail,
      subject: 'Confirm your new email address',
      template: 'identity-email-change',
      data: { firstName: account.firstName, newEmail, verifyUrl: this.links.verifyEmail(token) },
    });
  }

  emailChanged(account: Account, previousEmail: string): void {
    this.emails.queue({
      to: previousEmail,
      subject: 'Your email address was changed',
      template: 'identity-email-changed',
      data: { firstName: account.firstName, newEmail: account.email, previousEmail },
    });
  }

  passwordReset(account: Account, token: string): void {
    this.emails.queue({
      to: account.email,
      subject: 'Reset your password',
      template: 'identity-password-reset',
      data: {
        firstName: account.firstName,
        resetUrl: this.links.resetPassword(token),
        validForMinutes: ONE_TIME_TOKEN_LIFETIME_MS.password_reset / 60_000,
      },
    });
  }

  passwordChanged(account: Account): void {
    this.emails.queue({
      to: account.email,
      subject: 'Your password was changed',
      template: 'identity-password-changed',
      data: { firstName: account.firstName, forgottenPasswordUrl: this.links.forgottenPassword() },
    });
  }

  staffInvitation(account: Account, token: string): void {
    this.emails.queue({
      to: account.email,
      subject: 'Set up your staff account',
      template: 'identity-staff-invitation',
      data: {
        firstName: account.firstName,
        setPasswordUrl: this.links.staffInvitation(token),
        validForHours: ONE_TIME_TOKEN_LIFETIME_MS.staff_invitation / 3_600_000,
      },
    });
  }

  /** Someone tried to register with an address that already has an account: tell its owner, not the visitor. */
  registrationAttemptOnExistingAccount(account: Account): void {
    this.emails.queue({
      to: account.email,
      subject: 'Someone tried to register with your email address',
      template: 'identity-registration-attempt',
      data: {
        firstName: account.firstName,
        loginUrl: this.links.login(),
        forgottenPasswordUrl: this.links.forgottenPassword(),
      },
    });
  }

  /** For a candidate who may now log in: their number, and a link to confirm their address if still needed. */
  private welcome(account: Account, verificationToken: string | null) {
    return {
      firstName: account.firstName,
      email: account.email,
      candidateNumber: account.candidateNumber,
      verifyUrl: verificationToken ? this.links.verifyEmail(verificationToken) : null,
      loginUrl: this.links.login(),
    };
  }
}
