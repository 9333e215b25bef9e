import {
  clockAt,
  RecordingAuditLog,
  recordingEmailOutbox,
  RecordingUnitOfWork,
} from '../../../../shared/application/testing';
import { EmailStaffAboutEnquiry } from '../../events/email-enquiry-steps';
import {
  anAchievement,
  CANDIDATE_ACCOUNT_ID,
  CANDIDATE_NUMBER,
  FakeDocumentSettings,
  InMemoryAchievements,
  InMemoryEnquiries,
} from '../../testing/in-memory-achievements';
import { RaiseEnquiry } from './raise-enquiry.command';
import { RaiseEnquiryHandler } from './raise-enquiry.handler';

describe('RaiseEnquiryHandler', () => {
  const actor = { accountId: CANDIDATE_ACCOUNT_ID, ip: '192.0.2.1' };
  const candidate = { accountId: CANDIDATE_ACCOUNT_ID, candidateNumber: CANDIDATE_NUMBER };
  const setUp = () => {
    const achievements = new InMemoryAchievements().has(anAchievement('A-1'));
    const enquiries = new InMemoryEnquiries();
    const audit = new RecordingAuditLog();
    const { outbox, emails } = recordingEmailOutbox();
    const uow = new RecordingUnitOfWork(enquiries).reacting(
      new EmailStaffAboutEnquiry(enquiries, emails, new FakeDocumentSettings()),
    );
    const handler = new RaiseEnquiryHandler(achievements, enquiries, uow, audit, clockAt());
    return { enquiries, audit, outbox, uow, handler };
  };

  it('opens an enquiry on the holder’s achievement, tells the staff inbox and records who raised it', async () => {
    const { enquiries, audit, outbox, uow, handler } = setUp();

    const { enquiryId } = await handler.execute(
      new RaiseEnquiry(candidate, 'a-1', '  The grade is wrong. ', 'grade', actor),
    );

    const [enquiry] = enquiries.all;
    expect(enquiry).toMatchObject({
      id: enquiryId,
      certificateNumber: 'A-1',
      status: 'open',
      topic: 'grade',
    });
    expect(enquiry.messages.map((m) => [m.author, m.body])).toEqual([['candidate', 'The grade is wrong.']]);
    expect(uow.events.map((e) => e.eventName)).toEqual(['achievements.enquiry-raised']);
    expect(outbox.emails()).toEqual([
      expect.objectContaining({
        to: 'enquiries@awarding.example',
        template: 'achievements-enquiry-received',
      }),
    ]);
    expect(audit.entries).toEqual([
      expect.objectContaining({
        action: 'achievements.enquiry-raised',
        targetId: enquiryId,
        details: { certificateNumber: 'A-1', topic: 'grade' },
      }),
    ]);
  });

  it('finds no achievement of someone else, nor one when the account has no candidate number', async () => {
    const { enquiries, handler } = setUp();

    for (const who of [
      { accountId: 'other', candidateNumber: '0009999' },
      { accountId: 'other', candidateNumber: null },
    ])
      await expect(
        handler.execute(new RaiseEnquiry(who, 'A-1', 'Wrong', 'other', actor)),
      ).rejects.toMatchObject({
        code: 'ACHIEVEMENTS.NOT_FOUND',
      });
    expect(enquiries.all).toEqual([]);
  });

  it('refuses an empty message and keeps nothing', async () => {
    const { enquiries, outbox, handler } = setUp();

    await expect(
      handler.execute(new RaiseEnquiry(candidate, 'A-1', '   ', undefined, actor)),
    ).rejects.toMatchObject({
      code: 'ACHIEVEMENTS.INVALID_ENQUIRY',
      details: [{ field: 'message', message: 'Enter your message' }],
    });
    expect(enquiries.all).toEqual([]);
    expect(outbox.messages).toEqual([]);
  });
});
