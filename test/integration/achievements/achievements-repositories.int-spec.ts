import { randomUUID } from 'node:crypto';
import { Enquiry } from '../../../src/achievements/domain/enquiry';
import { anAchievement } from '../../../src/achievements/application/testing/in-memory-achievements';
import { AchievementSchema } from '../../../src/achievements/infrastructure/persistence/achievement.schema';
import { EnquirySchema } from '../../../src/achievements/infrastructure/persistence/enquiry.schema';
import { MikroOrmAchievementRepository } from '../../../src/achievements/infrastructure/persistence/mikro-orm-achievement.repository';
import { MikroOrmEnquiryRepository } from '../../../src/achievements/infrastructure/persistence/mikro-orm-enquiry.repository';
import { ormOnTestDatabase, stateOf, TestOrm } from '../../support/orm';

// Each Achievements aggregate written through its repository and read back by a fresh entity manager.
describe('Achievements repositories keep what they are given', () => {
  let db: TestOrm;
  const now = new Date('2026-11-30T09:00:00Z');

  beforeAll(async () => {
    db = await ormOnTestDatabase([AchievementSchema, EnquirySchema]);
  });
  afterAll(() => db.close());

  it('an achievement with its units, corrected and then revoked', async () => {
    const achievement = anAchievement('RT-0001-01-K7PD', {
      grade: 'Distinction',
      centre: 'Leeds College',
      expiryDate: '2031-03-14',
      units: [
        { unitNumber: 'H/601/6431', title: 'Health and safety', level: '3', credit: 2, grade: 'Pass' },
        { unitNumber: 'J/601/6432', title: 'Diagnostics', level: '3', credit: 10 },
      ],
    });
    await db.inTransaction(async (em) => new MikroOrmAchievementRepository(em).add(achievement));
    await db.inTransaction(async (em) => {
      const loaded = (await new MikroOrmAchievementRepository(em).findByCertificateNumber(
        'rt-0001-01-k7pd',
      ))!;
      for (const a of [loaded, achievement]) {
        a.correct({ ...a.details(), fullName: 'John A. Eichen' }, now);
        a.revoke('Issued in error', now);
      }
    });

    const back = await new MikroOrmAchievementRepository(db.fresh()).findByVerificationCode(
      achievement.verificationCode,
    );
    expect(stateOf(back!)).toEqual(stateOf(achievement));
  });

  it('an enquiry with its thread, answered and resolved', async () => {
    const achievement = anAchievement('RT-0002-01-K7PD');
    await db.inTransaction(async (em) => new MikroOrmAchievementRepository(em).add(achievement));
    const staffId = randomUUID();
    const enquiry = Enquiry.raise({
      achievementId: achievement.id,
      certificateNumber: achievement.certificateNumber,
      achievementTitle: achievement.title,
      candidateAccountId: randomUUID(),
      candidateNumber: achievement.candidateNumber,
      topic: 'other',
      message: 'My middle name is missing.',
      now,
    });
    await db.inTransaction(async (em) => new MikroOrmEnquiryRepository(em).add(enquiry));
    const replied = await db.inTransaction(async (em) => {
      const loaded = (await new MikroOrmEnquiryRepository(em).findById(enquiry.id))!;
      loaded.reply(staffId, 'We will correct it.', false, now);
      return loaded;
    });
    const back = await new MikroOrmEnquiryRepository(db.fresh()).findById(enquiry.id);
    expect(stateOf(back!)).toEqual(stateOf(replied));
    expect(back!.messages.map((m) => m.body)).toEqual(['My middle name is missing.', 'We will correct it.']);
  });
});
