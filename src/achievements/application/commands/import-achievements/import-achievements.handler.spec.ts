import { RecordingAuditLog } from '../../../../shared/application/testing/recording-audit-log';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { FixedClock } from '../../../../shared/domain';
import { AchievementImporter } from '../../services/achievement-importer';
import { InMemoryAchievements, KnownCandidates } from '../../testing/in-memory-achievements';
import { ImportAchievements } from './import-achievements.command';
import { ImportAchievementsHandler } from './import-achievements.handler';

const directUnitOfWork: UnitOfWork = { run: (work) => work() };
const actor = { accountId: 'staff-1', ip: '192.0.2.1' };

const fields = (certificateNumber: string, candidateNumber = '0001010') => ({
  certificateNumber,
  kind: 'qualification',
  title: 'Level 3 Diploma',
  qualificationNumber: '600/6553/2',
  candidateNumber,
  fullName: 'John Eichen',
  issueDate: '2018-03-14',
});

describe('ImportAchievementsHandler', () => {
  let achievements: InMemoryAchievements;
  let handler: ImportAchievementsHandler;

  beforeEach(() => {
    achievements = new InMemoryAchievements();
    handler = new ImportAchievementsHandler(
      new AchievementImporter(
        achievements,
        new KnownCandidates(['0001010']),
        directUnitOfWork,
        new RecordingAuditLog(),
        new FixedClock(new Date('2026-11-29T12:00:00Z')),
      ),
    );
  });

  it('stores the good rows, reports the bad one, and a second run of the same rows changes nothing', async () => {
    const rows = [
      { row: 2, fields: fields('01702342-01-K7PD') },
      { row: 3, fields: fields('01702343-01-K7PD', '9999999') },
    ];

    const first = await handler.execute(new ImportAchievements(rows, actor));
    expect(first).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
    expect(first.rejected.map((rejection) => rejection.row)).toEqual([3]);
    expect(await achievements.findByCertificateNumber('01702342-01-K7PD')).toBeDefined();

    const again = await handler.execute(new ImportAchievements(rows, actor));
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
  });
});
