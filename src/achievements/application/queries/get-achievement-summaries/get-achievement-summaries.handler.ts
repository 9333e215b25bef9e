import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AchievementRepository } from '../../../domain/achievement.repository';
import { AchievementSummary, GetAchievementSummaries } from './get-achievement-summaries.query';

/** Unknown numbers are simply left out; the answer keeps the order of the question. */
@QueryHandler(GetAchievementSummaries)
export class GetAchievementSummariesHandler implements IQueryHandler<
  GetAchievementSummaries,
  AchievementSummary[]
> {
  constructor(private readonly achievements: AchievementRepository) {}

  async execute({ certificateNumbers }: GetAchievementSummaries): Promise<AchievementSummary[]> {
    const found = new Map(
      (await this.achievements.findByCertificateNumbers(certificateNumbers)).map((a) => [
        a.certificateNumber,
        a,
      ]),
    );
    const summaries: AchievementSummary[] = [];
    for (const number of new Set(certificateNumbers.map((n) => n.trim().toUpperCase()))) {
      const a = found.get(number);
      if (!a) continue;
      summaries.push({
        certificateNumber: a.certificateNumber,
        kind: a.kind,
        title: a.title,
        qualificationNumber: a.qualificationNumber ?? null,
        candidateNumber: a.candidateNumber,
        fullName: a.fullName,
        issueDate: a.issueDate,
        grade: a.grade ?? null,
        verificationCode: a.verificationCode,
        revoked: a.isRevoked(),
        shareable: a.isShareable(),
        documents: {
          ecertificate: a.document('ecertificate').available,
          etranscript: a.document('etranscript').available,
        },
      });
    }
    return summaries;
  }
}
