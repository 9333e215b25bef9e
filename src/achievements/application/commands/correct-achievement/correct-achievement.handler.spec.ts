import {
  clockAt,
  RecordingAuditLog,
  RecordingIntegrationEvents,
  RecordingOutbox,
  RecordingUnitOfWork,
} from '../../../../shared/application/testing';
import { PublishAchievementsIntegrationEvents } from '../../events/publish-integration-events';
import { QueueCredentialStatusUpdate } from '../../events/update-credential-status-steps';
import {
  anAchievement,
  InMemoryAchievements,
  inMemoryDocuments,
  KnownCandidates,
} from '../../testing/in-memory-achievements';
import { CorrectAchievement } from './correct-achievement.command';
import { CorrectAchievementHandler } from './correct-achievement.handler';

describe('CorrectAchievementHandler', () => {
  const actor = { accountId: 'staff-1', ip: '192.0.2.1' };
  const setUp = () => {
    const achievements = new InMemoryAchievements().has(anAchievement('A-1'));
    const outbox = new RecordingOutbox();
    const published = new RecordingIntegrationEvents();
    const audit = new RecordingAuditLog();
    const uow = new RecordingUnitOfWork(achievements).reacting(
      new PublishAchievementsIntegrationEvents(published),
      new QueueCredentialStatusUpdate(outbox),
    );
    const { documents, storage } = inMemoryDocuments();
    const handler = new CorrectAchievementHandler(
      achievements,
      new KnownCandidates(['0001010', '0002020']),
      documents,
      uow,
      audit,
      clockAt(),
    );
    return { achievements, outbox, published, audit, documents, storage, handler };
  };

  it('corrects the details, drops the PDFs of the old details and re-signs the status list', async () => {
    const { achievements, outbox, published, audit, documents, storage, handler } = setUp();
    const achievement = (await achievements.findByCertificateNumber('A-1'))!;
    await documents.pdf(achievement, 'ecertificate');

    const card = await handler.execute(
      new CorrectAchievement('A-1', { grade: 'Distinction', fullName: 'John A. Eichen' }, actor),
    );

    expect(card).toMatchObject({ grade: 'Distinction', fullName: 'John A. Eichen' });
    expect(storage.files.size).toBe(0);
    expect(outbox.topics()).toEqual(['achievements.update-credential-status']);
    expect(published.published).toEqual([
      expect.objectContaining({
        name: 'achievements.achievement-corrected',
        payload: { certificateNumber: 'A-1', changedFields: expect.arrayContaining(['grade', 'fullName']) },
      }),
    ]);
    expect(audit.entries).toEqual([
      expect.objectContaining({ action: 'achievements.achievement-corrected', actorId: 'staff-1' }),
    ]);
  });

  it('changes nothing, and says nothing, when the details are the same', async () => {
    const { outbox, published, audit, handler } = setUp();
    await handler.execute(new CorrectAchievement('A-1', { grade: 'Merit' }, actor));
    expect([outbox.messages, published.published, audit.entries]).toEqual([[], [], []]);
  });

  it('moves an achievement only to a candidate number that has a record', async () => {
    const { achievements, handler } = setUp();
    await expect(
      handler.execute(new CorrectAchievement('A-1', { candidateNumber: '0009999' }, actor)),
    ).rejects.toMatchObject({ code: expect.stringMatching(/^ACHIEVEMENTS\./) });
    await handler.execute(new CorrectAchievement('A-1', { candidateNumber: '0002020' }, actor));
    expect((await achievements.findByCertificateNumber('A-1'))!.candidateNumber).toBe('0002020');
  });

  it('refuses invalid details, naming the field', async () => {
    const { handler } = setUp();
    await expect(
      handler.execute(new CorrectAchievement('A-1', { issueDate: 'yesterday' }, actor)),
    ).rejects.toMatchObject({ details: [expect.objectContaining({ field: 'issueDate' })] });
  });
});
