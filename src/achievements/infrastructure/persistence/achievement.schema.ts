import { EntitySchema } from '@mikro-orm/core';
import { Achievement } from '../../domain/achievement';

/** Maps the Achievement aggregate; its transcript units are part of it, kept as a JSON array. */
export const AchievementSchema = new EntitySchema<Achievement>({
  class: Achievement,
  tableName: 'achievements',
  properties: {
    id: { type: 'uuid', primary: true },
    certificateNumber: { type: 'string', length: 40 },
    kind: { type: 'string', length: 20 },
    title: { type: 'string', length: 250 },
    qualificationNumber: { type: 'string', length: 20, nullable: true },
    candidateNumber: { type: 'string', length: 20 },
    fullName: { type: 'string', length: 150 },
    grade: { type: 'string', length: 50, nullable: true },
    issueDate: { type: 'date' },
    centre: { type: 'string', length: 150, nullable: true },
    expiryDate: { type: 'date', nullable: true },
    description: { type: 'text', nullable: true },
    units: { type: 'json' },
    verificationCode: { type: 'string', length: 19 },
    revokedAt: { type: 'Date', columnType: 'timestamptz', nullable: true },
    revocationReason: { type: 'text', nullable: true },
    revision: { type: 'integer' },
    createdAt: { type: 'Date', columnType: 'timestamptz' },
    updatedAt: { type: 'Date', columnType: 'timestamptz' },
  },
});
