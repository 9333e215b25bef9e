import { anAchievement } from '../../../src/achievements/application/testing/in-memory-achievements';
import { documentCardOf, toDocumentCard } from '../../../src/achievements/application/views/document-card';
import { AchievementSchema } from '../../../src/achievements/infrastructure/persistence/achievement.schema';
import { MikroOrmAchievementRepository } from '../../../src/achievements/infrastructure/persistence/mikro-orm-achievement.repository';
import { SqlAchievementRecords } from '../../../src/achievements/infrastructure/persistence/sql-achievement-records';
import { ormOnTestDatabase, TestOrm } from '../../support/orm';

// The card lists read rows straight from SQL: each card must be the card the aggregate gives.
describe('SqlAchievementRecords (read model of the card lists)', () => {
  let db: TestOrm;
  const now = new Date('2026-11-30T09:00:00Z');
  const holder = '0020001';
  const today = '2026-12-04';

  beforeAll(async () => {
    db = await ormOnTestDatabase([AchievementSchema]);
    const achievements = [
      anAchievement('RM-0001-01', {
        candidateNumber: holder,
        issueDate: '2019-05-01',
        expiryDate: '2025-01-31',
      }),
      anAchievement('RM-0002-01', {
        candidateNumber: holder,
        issueDate: '2021-02-02',
        grade: undefined,
        centre: 'Leeds College',
        description: 'With honours',
        units: [
          { unitNumber: 'U1', title: 'Health and safety', level: '3', credit: 2, grade: 'Pass' },
          { unitNumber: 'U2', title: 'Diagnostics' },
        ],
      }),
      anAchievement('RM-0003-01', { candidateNumber: holder, issueDate: '2016-06-30' }),
      anAchievement('RM-0004-01', {
        candidateNumber: holder,
        issueDate: '2021-02-02',
        kind: 'accreditation',
        units: [],
      }),
      anAchievement('RM-0005-01', { candidateNumber: holder, issueDate: '2020-01-01' }),
      anAchievement('RM-0006-01', { candidateNumber: '0020002', issueDate: '2022-01-01' }),
    ];
    achievements[4].revoke('Issued in error', now);
    await db.inTransaction(async (em) => {
      const repository = new MikroOrmAchievementRepository(em);
      for (const achievement of achievements) repository.add(achievement);
    });
  });
  afterAll(() => db.close());

  it("lists a holder's cards as the aggregates give them, newest issue first", async () => {
    const fromAggregates = (await new MikroOrmAchievementRepository(db.fresh()).listHeldBy(holder)).map(
      (achievement) => toDocumentCard(achievement, today),
    );
    const fromRecords = (await new SqlAchievementRecords(db.fresh()).heldBy(holder)).map((record) =>
      documentCardOf(record, today),
    );
    expect(fromRecords.map((card) => card.certificateNumber)).toEqual([
      'RM-0002-01',
      'RM-0004-01',
      'RM-0005-01',
      'RM-0001-01',
      'RM-0003-01',
    ]);
    expect(fromRecords).toEqual(fromAggregates);
    expect(fromRecords.map((card) => card.status)).toEqual(['valid', 'valid', 'revoked', 'expired', 'valid']);
  });

  it("finds some of a holder's cards by certificate number, never another holder's", async () => {
    const records = await new SqlAchievementRecords(db.fresh()).ofHolder(holder, [
      'rm-0002-01',
      'RM-0006-01',
      'RM-9999-01',
      'RM-0003-01',
    ]);
    expect(records.map((record) => record.certificateNumber).sort()).toEqual(['RM-0002-01', 'RM-0003-01']);
  });
});
