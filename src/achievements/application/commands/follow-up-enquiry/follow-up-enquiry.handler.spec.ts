import {
  clockAt,
  RecordingAuditLog,
  recordingEmailOutbox,
  RecordingUnitOfWork,
} from '../../../../shared/application/testing';
import { EmailStaffAboutEnquiry } from '../../events/email-enquiry-steps';
import {
  anEnquiry,
  CANDIDATE_ACCOUNT_ID,
  FakeDocumentSettings,
  InMemoryEnquiries,
} from '../../testing/in-memory-achievements';
import { FollowUpEnquiry } from './follow-up-enquiry.command';
import { FollowUpEnquiryHandler } from './follow-up-enquiry.handler';

describe('FollowUpEnquiryHandler', () => {
  const actor = { accountId: CANDIDATE_ACCOUNT_ID, ip: '192.0.2.1' };
  const setUp = () => {
    const enquiry = anEnquiry();
    enquiry.reply('staff-1', 'Which grade do you expect?', false, new Date('2026-11-02T09:00:00Z'));
    enquiry.pullDomainEvents();
    const enquiries = new InMemoryEnquiries().has(enquiry);
    const audit = new RecordingAuditLog();
    const { outbox, emails } = recordingEmailOutbox();
    const uow = new RecordingUnitOfWork(enquiries).reacting(
      new EmailStaffAboutEnquiry(enquiries, emails, new FakeDocumentSettings()),
    );
    const handler = new FollowUpEnquiryHandler(enquiries, uow, audit, clockAt());
    return { enquiry, audit, outbox, uow, handler };
  };

  it('adds the candidate’s message and sends the enquiry back to staff', async () => {
    const { enquiry, audit, outbox, uow, handler } = setUp();

    const view = await handler.execute(
      new FollowUpEnquiry(CANDIDATE_ACCOUNT_ID, enquiry.id, 'Distinction, as on my results slip.', actor),
    );

    expect(view).toMatchObject({ id: enquiry.id, status: 'open' });
    expect(enquiry.messages.map((m) => m.author)).toEqual(['candidate', 'staff', 'candidate']);
    expect(uow.events.map((e) => e.eventName)).toEqual(['achievements.enquiry-followed-up']);
    expect(outbox.emails()).toEqual([
      expect.objectContaining({ subject: expect.stringMatching(/^Follow-up on enquiry/) }),
    ]);
    expect(audit.entries).toEqual([
      expect.objectContaining({ action: 'achievements.enquiry-followed-up', targetId: enquiry.id }),
    ]);
  });

  it('finds no enquiry of another candidate', async () => {
    const { enquiry, audit, handler } = setUp();

    await expect(
      handler.execute(new FollowUpEnquiry('someone-else', enquiry.id, 'Hello', actor)),
    ).rejects.toMatchObject({ code: 'ACHIEVEMENTS.ENQUIRY_NOT_FOUND' });
    expect(enquiry.messages).toHaveLength(2);
    expect(audit.entries).toEqual([]);
  });

  it('refuses to add to a resolved enquiry', async () => {
    const { enquiry, outbox, handler } = setUp();
    enquiry.reply('staff-1', 'Corrected.', true, new Date('2026-11-03T09:00:00Z'));
    enquiry.pullDomainEvents();

    await expect(
      handler.execute(new FollowUpEnquiry(CANDIDATE_ACCOUNT_ID, enquiry.id, 'Thanks', actor)),
    ).rejects.toMatchObject({ code: 'ACHIEVEMENTS.ENQUIRY_RESOLVED' });
    expect(outbox.messages).toEqual([]);
  });
});
