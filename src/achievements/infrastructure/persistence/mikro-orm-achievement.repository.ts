import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Achievement } from '../../domain/achievement';
import { AchievementRepository } from '../../domain/achievement.repository';
import { AchievementSchema, asAchievement } from './achievement.schema';

@Injectable()
export class MikroOrmAchievementRepository extends AchievementRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async findByCertificateNumber(certificateNumber: string): Promise<Achievement | undefined> {
    const found = await this.em.findOne(AchievementSchema, {
      _certificateNumber: certificateNumber.trim().toUpperCase(),
    });
    return asAchievement(found) ?? undefined;
  }

  async findByCertificateNumbers(certificateNumbers: string[]): Promise<Achievement[]> {
    if (certificateNumbers.length === 0) return [];
    const wanted = [...new Set(certificateNumbers.map((n) => n.trim().toUpperCase()))];
    const found = await this.em.find(AchievementSchema, { _certificateNumber: { $in: wanted } });
    return found.map((stored) => asAchievement(stored));
  }

  async findByVerificationCode(code: string): Promise<Achievement | undefined> {
    return asAchievement(await this.em.findOne(AchievementSchema, { _verificationCode: code })) ?? undefined;
  }

  async listHeldBy(candidateNumber: string): Promise<Achievement[]> {
    const held = await this.em.find(
      AchievementSchema,
      { _candidateNumber: candidateNumber },
      { orderBy: { _issueDate: 'desc', _certificateNumber: 'asc' } },
    );
    return held.map((stored) => asAchievement(stored));
  }

  countHeldBy(candidateNumber: string): Promise<number> {
    return this.em.count(AchievementSchema, { _candidateNumber: candidateNumber });
  }

  add(achievement: Achievement): void {
    this.em.persist(achievement);
  }
}
