import { UnitOfWork } from '../../../shared/application/unit-of-work';
import { FixedClock } from '../../../shared/domain';
import { InMemoryAchievements, KnownCandidates } from '../testing/in-memory-achievements';
import { RequestActor } from '../../../shared/application/audit-log';
import { AchievementImporter } from './achievement-importer';
import { ImportRow } from './import-rows';
import { RecordingAuditLog } from '../../../shared/application/testing/recording-audit-log';

const directUnitOfWork: UnitOfWork = { run: (work) => work() };

/** An import row (object mother): a valid achievement unless told otherwise. */
function row(line: number, overrides: Record<string, unknown> = {}): ImportRow {
  return {
    row: line,
    fields: {
      certificateNumber: `0170234${line}-01-K7PD`,
      kind: 'qualification',
      title: 'Level 3 Diploma',
      qualificationNumber: '600/6553/2',
      candidateNumber: '0001010',
      fullName: 'John Eichen',
      issueDate: '2018-03-14',
      ...overrides,
    },
  };
}

const request = (rows: ImportRow[], actor: RequestActor) => ({ rows, actor });

describe('AchievementImporter', () => {
  let achievements: InMemoryAchievements;
  let audit: RecordingAuditLog;
  let importer: AchievementImporter;
  const actor = { accountId: 'staff-1', ip: '192.0.2.1' };

  beforeEach(() => {
    achievements = new InMemoryAchievements();
    audit = new RecordingAuditLog();
    importer = new AchievementImporter(
      achievements,
      new KnownCandidates(['0001010']),
      directUnitOfWork,
      audit,
      new FixedClock(new Date('2026-11-29T12:00:00Z')),
    );
  });

  it('imports the good rows and reports every bad one, in row order', async () => {
    const report = await importer.importRows(
      request(
        [
          row(2),
          row(3, { candidateNumber: '9999999' }),
          row(4, { qualificationNumber: '600-6553-2' }),
          row(5, { certificateNumber: 'DUP-1' }),
          row(6, { certificateNumber: 'dup-1' }),
          { row: 7, fields: {}, problem: 'The row does not have 12 columns' },
        ],
        actor,
      ),
    );
    expect(report.created).toBe(1);
    expect(report.rejected.map((r) => r.row)).toEqual([3, 4, 5, 6, 7]);
    expect(report.rejected[0].reason).toContain('no candidate record');
    expect(report.rejected[2].reason).toContain('more than once in the file (rows 5, 6)');
    expect(audit.entries).toEqual([
      expect.objectContaining({
        action: 'achievements.imported',
        actorId: 'staff-1',
        details: expect.objectContaining({ created: 1, rejected: 5 }),
      }),
    ]);
  });

  it('is idempotent by certificate number and keeps the verification code on update', async () => {
    await importer.importRows(request([row(2)], actor));
    const code = [...achievements.items.values()][0].verificationCode;
    expect(await importer.importRows(request([row(2)], actor))).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 1,
    });
    expect(await importer.importRows(request([row(2, { grade: 'Merit' })], actor))).toMatchObject({
      updated: 1,
    });
    expect(achievements.items.size).toBe(1);
    expect([...achievements.items.values()][0].verificationCode).toBe(code);
  });
});
