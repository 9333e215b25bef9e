import { recordingEmailOutbox, RecordingUnitOfWork } from '../../../../../shared/application/testing';
import {
  anActiveCandidate,
  identityMailer,
  InMemoryAccounts,
} from '../../../../application/testing/in-memory-identity';
import { NotifyRegistrationAttempt } from './notify-registration-attempt.command';
import { NotifyRegistrationAttemptHandler } from './notify-registration-attempt.handler';

describe('NotifyRegistrationAttemptHandler', () => {
  it('tells the owner of a taken address that someone tried to register with it, and nobody else', async () => {
    const accounts = new InMemoryAccounts();
    const candidate = anActiveCandidate();
    accounts.has(candidate);
    const { outbox, emails } = recordingEmailOutbox();
    const handler = new NotifyRegistrationAttemptHandler(
      new RecordingUnitOfWork(),
      accounts,
      identityMailer(emails),
    );

    await handler.execute(new NotifyRegistrationAttempt(` ${candidate.email.toUpperCase()} `));
    await handler.execute(new NotifyRegistrationAttempt('nobody@example.test'));

    expect(outbox.emails().map((email) => [email.to, email.template])).toEqual([
      [candidate.email, 'identity-registration-attempt'],
    ]);
  });
});
