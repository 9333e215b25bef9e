import {
  clockAt,
  RecordingAuditLog,
  recordingEmailOutbox,
  RecordingUnitOfWork,
} from '../../../../../shared/application/testing';
import { EmailTakenError, InvalidDetailsError } from '../../../../domain/identity.errors';
import {
  aStaffMember,
  FakePasswordHasher,
  FakeSecondFactor,
  identityMailer,
  InMemoryAccounts,
  InMemoryOneTimeTokens,
  passwordPolicy,
} from '../../../../application/testing/in-memory-identity';
import { CreateStaffAccount } from './create-staff-account.command';
import { CreateStaffAccountHandler } from './create-staff-account.handler';

describe('CreateStaffAccountHandler', () => {
  const now = new Date('2026-11-30T09:00:00Z');
  const actor = { accountId: 'staff-1', ip: '192.0.2.1' };
  const setUp = () => {
    const accounts = new InMemoryAccounts();
    const tokens = new InMemoryOneTimeTokens();
    const { outbox, emails } = recordingEmailOutbox();
    const audit = new RecordingAuditLog();
    const uow = new RecordingUnitOfWork(accounts);
    const handler = new CreateStaffAccountHandler(
      uow,
      accounts,
      tokens,
      passwordPolicy(),
      new FakePasswordHasher(),
      new FakeSecondFactor(),
      identityMailer(emails),
      audit,
      clockAt(now.toISOString()),
    );
    return { accounts, tokens, outbox, audit, uow, handler };
  };

  it('invites a colleague: no password yet, an emailed link to set one, and an audit entry', async () => {
    const { accounts, tokens, outbox, audit, uow, handler } = setUp();

    const result = await handler.execute(
      new CreateStaffAccount({ email: ' Kim@Staff.Example ', firstName: 'Kim', surname: 'Lee' }, actor),
    );

    expect(result).toEqual({ accountId: expect.any(String), totpSecret: null, enrolmentUri: null });
    const staff = (await accounts.byId(result.accountId))!;
    expect(staff).toMatchObject({
      role: 'staff',
      email: 'kim@staff.example',
      passwordHash: null,
      status: 'active',
    });
    expect(tokens.usable(now, 'staff_invitation')).toHaveLength(1);
    expect(outbox.emails().map((email) => email.to)).toEqual(['kim@staff.example']);
    expect(uow.eventNames()).toEqual(['identity.staff-account-created']);
    expect(audit.entries).toEqual([
      expect.objectContaining({ action: 'identity.staff-account-created', details: { by: 'staff' } }),
    ]);
  });

  it('an operator sets the password and gets the second-factor secret; nothing is emailed', async () => {
    const { outbox, tokens, handler } = setUp();

    const result = await handler.execute(
      new CreateStaffAccount(
        {
          email: 'ops@staff.example',
          firstName: 'Op',
          surname: 'Erator',
          password: 'a long operator passphrase 2026',
        },
        { accountId: null, ip: null },
      ),
    );

    expect(result.totpSecret).toEqual(expect.any(String));
    expect(result.enrolmentUri).toEqual(expect.any(String));
    expect(outbox.emails()).toEqual([]);
    expect(tokens.usable(now)).toEqual([]);
  });

  it('refuses bad details and a taken address, creating nothing', async () => {
    const { accounts, audit, handler } = setUp();
    accounts.has(aStaffMember({ email: 'taken@staff.example' }));

    await expect(
      handler.execute(
        new CreateStaffAccount({ email: 'not an address', firstName: '', surname: 'Lee' }, actor),
      ),
    ).rejects.toBeInstanceOf(InvalidDetailsError);
    await expect(
      handler.execute(
        new CreateStaffAccount({ email: 'taken@staff.example', firstName: 'T', surname: 'Aken' }, actor),
      ),
    ).rejects.toBeInstanceOf(EmailTakenError);
    expect(await accounts.count()).toBe(1);
    expect(audit.entries).toEqual([]);
  });
});
