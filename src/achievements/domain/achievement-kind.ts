// The three kinds of certificated achievement an awarding body issues (product.md "Achievements").

export const ACHIEVEMENT_KINDS = ['qualification', 'qap', 'accreditation'] as const;
export type AchievementKind = (typeof ACHIEVEMENT_KINDS)[number];

export const ACHIEVEMENT_KIND_LABELS: Record<AchievementKind, string> = {
  qualification: 'Qualification',
  qap: 'Quality Assured Programme',
  accreditation: 'Accreditation',
};

export function isAchievementKind(value: unknown): value is AchievementKind {
  return typeof value === 'string' && (ACHIEVEMENT_KINDS as readonly string[]).includes(value);
}
