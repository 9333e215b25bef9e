import {
  clockAt,
  RecordingAuditLog,
  RecordingIntegrationEvents,
  RecordingOutbox,
  RecordingUnitOfWork,
} from '../../../../shared/application/testing';
import { PublishAchievementsIntegrationEvents } from '../../events/publish-integration-events';
import { QueueCredentialStatusUpdate } from '../../events/update-credential-status-steps';
import { anAchievement, InMemoryAchievements, inMemoryDocuments } from '../../testing/in-memory-achievements';
import { UPDATE_CREDENTIAL_STATUS_TOPIC } from '../update-credential-status/update-credential-status.command';
import { RevokeAchievement } from './revoke-achievement.command';
import { RevokeAchievementHandler } from './revoke-achievement.handler';

describe('RevokeAchievementHandler', () => {
  const actor = { accountId: 'staff-1', ip: '192.0.2.1' };
  const setUp = () => {
    const achievements = new InMemoryAchievements();
    const outbox = new RecordingOutbox();
    const published = new RecordingIntegrationEvents();
    const audit = new RecordingAuditLog();
    const uow = new RecordingUnitOfWork(achievements).reacting(
      new PublishAchievementsIntegrationEvents(published),
      new QueueCredentialStatusUpdate(outbox),
    );
    const { documents, storage } = inMemoryDocuments();
    const handler = new RevokeAchievementHandler(achievements, documents, uow, audit, clockAt());
    return { achievements, outbox, published, audit, documents, storage, handler };
  };

  it('revokes for good: the card says so, stored PDFs are forgotten, the status list and other contexts hear of it', async () => {
    const { achievements, outbox, published, audit, documents, storage, handler } = setUp();
    const achievement = anAchievement('01702345-01-K7PD');
    achievements.has(achievement);
    await documents.pdf(achievement, 'ecertificate');
    expect(storage.files.size).toBe(1);

    const card = await handler.execute(
      new RevokeAchievement('01702345-01-K7PD', '  Issued in error ', actor),
    );

    expect(card).toMatchObject({ certificateNumber: '01702345-01-K7PD', status: 'revoked' });
    expect(achievement).toMatchObject({
      revocationReason: 'Issued in error',
      revokedAt: new Date('2026-11-30T09:00:00Z'),
    });
    expect(storage.files.size).toBe(0);
    expect(outbox.messages).toEqual([
      { topic: UPDATE_CREDENTIAL_STATUS_TOPIC, payload: { certificateNumber: '01702345-01-K7PD' } },
    ]);
    expect(published.published).toEqual([
      {
        name: 'achievements.achievement-revoked',
        version: 1,
        payload: {
          certificateNumber: '01702345-01-K7PD',
          candidateNumber: '0001010',
          reason: 'Issued in error',
        },
      },
    ]);
    expect(audit.entries).toEqual([
      expect.objectContaining({
        action: 'achievements.achievement-revoked',
        actorId: 'staff-1',
        details: { certificateNumber: '01702345-01-K7PD', reason: 'Issued in error' },
      }),
    ]);
  });

  it('refuses a second revocation, and publishes nothing for it', async () => {
    const { achievements, outbox, published, handler } = setUp();
    achievements.has(anAchievement('A-1'));
    await handler.execute(new RevokeAchievement('A-1', 'Fraud', actor));
    await expect(handler.execute(new RevokeAchievement('A-1', 'Again', actor))).rejects.toMatchObject({
      code: expect.stringMatching(/^ACHIEVEMENTS\./),
    });
    expect(outbox.messages).toHaveLength(1);
    expect(published.published).toHaveLength(1);
  });

  it('asks for a reason of at most 500 characters, and refuses an unknown certificate', async () => {
    const { achievements, audit, handler } = setUp();
    achievements.has(anAchievement('A-1'));
    await expect(handler.execute(new RevokeAchievement('A-1', '   ', actor))).rejects.toMatchObject({
      code: 'ACHIEVEMENTS.INVALID_DETAILS',
      details: [{ field: 'reason', message: 'Enter the reason for revoking' }],
    });
    await expect(handler.execute(new RevokeAchievement('A-1', 'x'.repeat(501), actor))).rejects.toMatchObject(
      {
        code: 'ACHIEVEMENTS.INVALID_DETAILS',
      },
    );
    await expect(handler.execute(new RevokeAchievement('B-404', 'Fraud', actor))).rejects.toMatchObject({
      kind: 'not_found',
    });
    expect(audit.entries).toHaveLength(0);
  });
});
