import {
  clockAt,
  RecordingAuditLog,
  recordingEmailOutbox,
  RecordingUnitOfWork,
} from '../../../../shared/application/testing';
import { EmailCandidateAboutReply } from '../../events/email-enquiry-steps';
import {
  anEnquiry,
  CANDIDATE_ACCOUNT_ID,
  FakeCandidateAccounts,
  InMemoryEnquiries,
} from '../../testing/in-memory-achievements';
import { ReplyToEnquiry } from './reply-to-enquiry.command';
import { ReplyToEnquiryHandler } from './reply-to-enquiry.handler';

describe('ReplyToEnquiryHandler', () => {
  const staff = { accountId: 'staff-1', ip: '192.0.2.9' };
  const setUp = () => {
    const enquiry = anEnquiry();
    const enquiries = new InMemoryEnquiries().has(enquiry);
    const audit = new RecordingAuditLog();
    const { outbox, emails } = recordingEmailOutbox();
    const accounts = new FakeCandidateAccounts({
      [CANDIDATE_ACCOUNT_ID]: { email: 'john@example.com', name: 'John Eichen', candidateNumber: '0001010' },
    });
    const uow = new RecordingUnitOfWork(enquiries).reacting(
      new EmailCandidateAboutReply(enquiries, accounts, emails),
    );
    const handler = new ReplyToEnquiryHandler(enquiries, uow, audit, clockAt());
    return { enquiry, audit, outbox, uow, handler };
  };

  it('answers: the candidate is emailed and may follow up', async () => {
    const { enquiry, audit, outbox, uow, handler } = setUp();

    const view = await handler.execute(new ReplyToEnquiry(enquiry.id, 'We are checking.', false, staff));

    expect(view).toMatchObject({ status: 'answered' });
    expect(enquiry.messages.map((m) => [m.author, m.body])).toEqual([
      ['candidate', 'My grade should be Distinction.'],
      ['staff', 'We are checking.'],
    ]);
    expect(uow.events.map((e) => e.eventName)).toEqual(['achievements.enquiry-replied']);
    expect(outbox.emails()).toEqual([
      expect.objectContaining({ to: 'john@example.com', template: 'achievements-enquiry-answered' }),
    ]);
    expect(audit.entries).toEqual([
      expect.objectContaining({ action: 'achievements.enquiry-replied', actorId: 'staff-1' }),
    ]);
  });

  it('resolves with the same message, and nothing more can be added', async () => {
    const { enquiry, audit, outbox, handler } = setUp();

    await handler.execute(new ReplyToEnquiry(enquiry.id, 'Corrected to Distinction.', true, staff));

    expect(enquiry).toMatchObject({ status: 'resolved', resolvedAt: new Date('2026-11-30T09:00:00Z') });
    expect(outbox.emails().map((e) => e.template)).toEqual(['achievements-enquiry-resolved']);
    expect(audit.entries.map((e) => e.action)).toEqual(['achievements.enquiry-resolved']);
    await expect(
      handler.execute(new ReplyToEnquiry(enquiry.id, 'One more thing', false, staff)),
    ).rejects.toMatchObject({ code: 'ACHIEVEMENTS.ENQUIRY_RESOLVED', kind: 'conflict' });
  });

  it('finds no unknown enquiry', async () => {
    const { handler } = setUp();

    await expect(handler.execute(new ReplyToEnquiry('nope', 'Hello', false, staff))).rejects.toMatchObject({
      code: 'ACHIEVEMENTS.ENQUIRY_NOT_FOUND',
    });
  });
});
