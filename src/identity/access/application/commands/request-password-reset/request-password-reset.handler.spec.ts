import { RecordingOutbox, RecordingUnitOfWork } from '../../../../../shared/application/testing';
import { PASSWORD_RESET_TOPIC, RequestPasswordReset } from './request-password-reset.command';
import { RequestPasswordResetHandler } from './request-password-reset.handler';

describe('RequestPasswordResetHandler', () => {
  it('queues the reset for a job (the same, fast answer whether or not there is an account)', async () => {
    const outbox = new RecordingOutbox();
    const handler = new RequestPasswordResetHandler(new RecordingUnitOfWork(), outbox);

    await handler.execute(
      new RequestPasswordReset(' Sam@Example.TEST ', { accountId: null, ip: '192.0.2.7' }),
    );
    await handler.execute(new RequestPasswordReset('not an address', { accountId: null, ip: null }));

    expect(outbox.messages).toEqual([
      { topic: PASSWORD_RESET_TOPIC, payload: { email: 'sam@example.test', ip: '192.0.2.7' } },
    ]);
  });
});
