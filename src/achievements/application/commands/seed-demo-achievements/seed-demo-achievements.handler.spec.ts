import { clockAt, RecordingAuditLog, RecordingUnitOfWork } from '../../../../shared/application/testing';
import { AchievementImporter } from '../../services/achievement-importer';
import { InMemoryAchievements, KnownCandidates } from '../../testing/in-memory-achievements';
import {
  DEMO_CANDIDATE,
  DEMO_REVOCATIONS,
  demoAchievements,
  SECOND_DEMO_CANDIDATE,
  THIRD_DEMO_CANDIDATE,
} from './demo-achievements';
import { SeedDemoAchievementsHandler } from './seed-demo-achievements.handler';

describe('SeedDemoAchievementsHandler', () => {
  const setUp = () => {
    const achievements = new InMemoryAchievements();
    const uow = new RecordingUnitOfWork(achievements);
    const candidates = new KnownCandidates(
      [DEMO_CANDIDATE, SECOND_DEMO_CANDIDATE, THIRD_DEMO_CANDIDATE].map((c) => c.candidateNumber),
    );
    const importer = new AchievementImporter(
      achievements,
      candidates,
      uow,
      new RecordingAuditLog(),
      clockAt(),
    );
    const handler = new SeedDemoAchievementsHandler(importer, achievements, uow, clockAt());
    return { achievements, uow, handler };
  };

  it('loads every demo achievement and revokes the demo revocations', async () => {
    const { achievements, handler } = setUp();

    const report = await handler.execute();

    expect(report.rejected).toEqual([]);
    expect(achievements.items.size).toBe(demoAchievements().length);
    for (const [certificateNumber, reason] of Object.entries(DEMO_REVOCATIONS))
      expect(await achievements.findByCertificateNumber(certificateNumber)).toMatchObject({
        revocationReason: reason,
      });
  });

  it('changes nothing the second time', async () => {
    const { achievements, uow, handler } = setUp();
    await handler.execute();
    const eventsBefore = uow.events.length;

    await handler.execute();

    expect(achievements.items.size).toBe(demoAchievements().length);
    expect(uow.events.slice(eventsBefore)).toEqual([]);
  });
});
