import { Constructor, EntitySchema } from '@mikro-orm/core';
import { Achievement } from '../../domain/achievement';
import { AchievementKind } from '../../domain/achievement-kind';
import { TranscriptUnit } from '../../domain/transcript-unit';

/** The aggregate's own fields, as the mapping sees them: private to everyone else. */
export interface StoredAchievement {
  _id: string;
  _certificateNumber: string;
  _kind: AchievementKind;
  _title: string;
  _qualificationNumber?: string;
  _candidateNumber: string;
  _fullName: string;
  _grade?: string;
  _issueDate: string;
  _centre?: string;
  _expiryDate?: string;
  _description?: string;
  _units: TranscriptUnit[];
  _verificationCode: string;
  _revokedAt?: Date;
  _revocationReason?: string;
  _revision: number;
  _createdAt: Date;
  _updatedAt: Date;
}

/** Maps the Achievement aggregate; its transcript units are part of it, kept as a JSON array. */
export const AchievementSchema = new EntitySchema<StoredAchievement>({
  class: Achievement as unknown as Constructor<StoredAchievement>,
  tableName: 'achievements',
  properties: {
    _id: { type: 'uuid', primary: true, fieldName: 'id' },
    _certificateNumber: { type: 'string', length: 40, fieldName: 'certificate_number' },
    _kind: { type: 'string', length: 20, fieldName: 'kind' },
    _title: { type: 'string', length: 250, fieldName: 'title' },
    _qualificationNumber: {
      type: 'string',
      length: 20,
      nullable: true,
      fieldName: 'qualification_number',
    },
    _candidateNumber: { type: 'string', length: 20, fieldName: 'candidate_number' },
    _fullName: { type: 'string', length: 150, fieldName: 'full_name' },
    _grade: { type: 'string', length: 50, nullable: true, fieldName: 'grade' },
    _issueDate: { type: 'date', fieldName: 'issue_date' },
    _centre: { type: 'string', length: 150, nullable: true, fieldName: 'centre' },
    _expiryDate: { type: 'date', nullable: true, fieldName: 'expiry_date' },
    _description: { type: 'text', nullable: true, fieldName: 'description' },
    _units: { type: 'json', fieldName: 'units' },
    _verificationCode: { type: 'string', length: 19, fieldName: 'verification_code' },
    _revokedAt: { type: 'Date', columnType: 'timestamptz', nullable: true, fieldName: 'revoked_at' },
    _revocationReason: { type: 'text', nullable: true, fieldName: 'revocation_reason' },
    _revision: { type: 'integer', fieldName: 'revision' },
    _createdAt: { type: 'Date', columnType: 'timestamptz', fieldName: 'created_at' },
    _updatedAt: { type: 'Date', columnType: 'timestamptz', fieldName: 'updated_at' },
  },
});

/** What the mapping loaded, as the aggregate it is. */
export function asAchievement(stored: StoredAchievement): Achievement;
export function asAchievement(stored: StoredAchievement | null): Achievement | null;
export function asAchievement(stored: StoredAchievement | null): Achievement | null {
  return stored as unknown as Achievement | null;
}
