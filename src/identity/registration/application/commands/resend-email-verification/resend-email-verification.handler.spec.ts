import {
  clockAt,
  recordingEmailOutbox,
  RecordingUnitOfWork,
} from '../../../../../shared/application/testing';
import { EmailVerificationResender } from '../../../../application/services/email-verification-resender';
import {
  anActiveCandidate,
  aThirdParty,
  identityMailer,
  InMemoryAccounts,
  InMemoryOneTimeTokens,
} from '../../../../application/testing/in-memory-identity';
import { ResendEmailVerification } from './resend-email-verification.command';
import { ResendEmailVerificationHandler } from './resend-email-verification.handler';

describe('ResendEmailVerificationHandler', () => {
  it('sends a new link to an unconfirmed address only (the answer is the same for any address)', async () => {
    const now = new Date('2026-11-30T09:00:00Z');
    const accounts = new InMemoryAccounts();
    const unconfirmed = aThirdParty({ verified: false });
    const confirmed = anActiveCandidate();
    accounts.has(unconfirmed, confirmed);
    const tokens = new InMemoryOneTimeTokens();
    const { outbox, emails } = recordingEmailOutbox();
    const handler = new ResendEmailVerificationHandler(
      new EmailVerificationResender(
        new RecordingUnitOfWork(accounts),
        accounts,
        tokens,
        identityMailer(emails),
        clockAt(now.toISOString()),
      ),
    );

    for (const email of [unconfirmed.email, confirmed.email, 'nobody@example.test'])
      await handler.execute(new ResendEmailVerification(email));

    expect(tokens.usable(now, 'email_verification')).toEqual([
      expect.objectContaining({ accountId: unconfirmed.id }),
    ]);
    expect(outbox.emails().map((email) => email.to)).toEqual([unconfirmed.email]);
  });
});
