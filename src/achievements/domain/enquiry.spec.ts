import { EnquiryResolvedError, InvalidEnquiryMessageError } from './achievement.errors';
import { Enquiry } from './enquiry';
import { EnquiryFollowedUp, EnquiryRaised, EnquiryReplied, EnquiryResolved } from './enquiry.events';

const NOW = new Date('2026-11-29T10:00:00Z');

function raise(message = 'My surname is spelt Eichen, not Eichin.') {
  return Enquiry.raise({
    achievementId: 'a1',
    certificateNumber: '01702345-01-K7PD',
    achievementTitle: 'Level 3 Diploma',
    candidateAccountId: 'acc-1',
    candidateNumber: '0001010',
    topic: 'fullName',
    message,
    now: NOW,
  });
}

describe('Enquiry', () => {
  it('is raised open with the first message', () => {
    const enquiry = raise();
    expect(enquiry.status).toBe('open');
    expect(enquiry.messages).toHaveLength(1);
    expect(enquiry.pullDomainEvents()).toEqual([expect.any(EnquiryRaised)]);
  });

  it('takes up to 2,000 characters and refuses more, or nothing', () => {
    expect(raise('x'.repeat(2000)).messages[0].body).toHaveLength(2000);
    expect(() => raise('x'.repeat(2001))).toThrow(InvalidEnquiryMessageError);
    expect(() => raise('   ')).toThrow(InvalidEnquiryMessageError);
  });

  it('goes open -> answered -> open -> resolved, and is closed after', () => {
    const enquiry = raise();
    enquiry.pullDomainEvents();
    enquiry.reply('staff-1', 'Which spelling is on your passport?', false, NOW);
    expect(enquiry.status).toBe('answered');
    enquiry.followUp('acc-1', 'Eichen.', NOW);
    expect(enquiry.status).toBe('open');
    enquiry.reply('staff-1', 'Corrected.', true, NOW);
    expect(enquiry.status).toBe('resolved');
    expect(enquiry.resolvedAt).toEqual(NOW);
    expect(enquiry.pullDomainEvents().map((e) => e.constructor)).toEqual([
      EnquiryReplied,
      EnquiryFollowedUp,
      EnquiryResolved,
    ]);
    expect(() => enquiry.followUp('acc-1', 'More', NOW)).toThrow(EnquiryResolvedError);
    expect(() => enquiry.reply('staff-1', 'More', false, NOW)).toThrow(EnquiryResolvedError);
  });
});
