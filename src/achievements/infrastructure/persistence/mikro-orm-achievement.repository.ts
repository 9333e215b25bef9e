import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Achievement } from '../../domain/achievement';
import { AchievementRepository } from '../../domain/achievement.repository';
import { AchievementSchema } from './achievement.schema';

@Injectable()
export class MikroOrmAchievementRepository extends AchievementRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async findByCertificateNumber(certificateNumber: string): Promise<Achievement | undefined> {
    return (
      (await this.em.findOne(AchievementSchema, {
        certificateNumber: certificateNumber.trim().toUpperCase(),
      })) ?? undefined
    );
  }

  findByCertificateNumbers(certificateNumbers: string[]): Promise<Achievement[]> {
    if (certificateNumbers.length === 0) return Promise.resolve([]);
    const wanted = [...new Set(certificateNumbers.map((n) => n.trim().toUpperCase()))];
    return this.em.find(AchievementSchema, { certificateNumber: { $in: wanted } });
  }

  async findByVerificationCode(code: string): Promise<Achievement | undefined> {
    return (await this.em.findOne(AchievementSchema, { verificationCode: code })) ?? undefined;
  }

  listHeldBy(candidateNumber: string): Promise<Achievement[]> {
    return this.em.find(
      AchievementSchema,
      { candidateNumber },
      { orderBy: { issueDate: 'desc', certificateNumber: 'asc' } },
    );
  }

  countHeldBy(candidateNumber: string): Promise<number> {
    return this.em.count(AchievementSchema, { candidateNumber });
  }

  add(achievement: Achievement): void {
    this.em.persist(achievement);
  }
}
