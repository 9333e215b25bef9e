import { Achievement, BEFORE_PDFS_REASON } from './achievement';
import { AchievementDetails } from './achievement-details';
import { AchievementCorrected, AchievementIssued, AchievementRevoked } from './achievement.events';
import { AlreadyRevokedError } from './achievement.errors';

const NOW = new Date('2026-11-29T10:00:00Z');

function details(overrides: Partial<AchievementDetails> = {}): AchievementDetails {
  return {
    kind: 'qualification',
    title: 'Level 3 Diploma in Light Vehicle Maintenance',
    qualificationNumber: '600/6553/2',
    candidateNumber: '0001010',
    fullName: 'John Eichen',
    grade: 'Merit',
    issueDate: '2018-03-14',
    units: [{ unitNumber: 'H/601/6431', title: 'Health and safety', level: '3', credit: 2 }],
    ...overrides,
  };
}

describe('Achievement', () => {
  it('records its issue', () => {
    const achievement = Achievement.issue('01702345-01-K7PD', details(), 'AAAA-BBBB-CCCC-DDDD', NOW);
    expect(achievement.pullDomainEvents()).toEqual([expect.any(AchievementIssued)]);
  });

  it('has PDFs only from 1 November 2017', () => {
    expect(
      Achievement.issue('A-1', details({ issueDate: '2017-10-31' }), 'X', NOW).document('ecertificate'),
    ).toEqual({
      available: false,
      reason: BEFORE_PDFS_REASON,
    });
    const first = Achievement.issue('A-2', details({ issueDate: '2017-11-01' }), 'X', NOW);
    expect(first.document('ecertificate').available).toBe(true);
    expect(first.document('etranscript').available).toBe(true);
    expect(first.isShareable()).toBe(true);
  });

  it('gives an accreditation no transcript', () => {
    const accreditation = Achievement.issue(
      'A-3',
      details({ kind: 'accreditation', units: [], qualificationNumber: undefined }),
      'X',
      NOW,
    );
    expect(accreditation.document('ecertificate').available).toBe(true);
    expect(accreditation.document('etranscript')).toMatchObject({ available: false });
  });

  it('verifies as valid, expired after its expiry day, and revoked', () => {
    const achievement = Achievement.issue('A-4', details({ expiryDate: '2021-01-03' }), 'X', NOW);
    expect(achievement.verificationStatus('2021-01-03')).toBe('valid');
    expect(achievement.verificationStatus('2021-01-04')).toBe('expired');
    achievement.revoke('Issued in error', NOW);
    expect(achievement.verificationStatus('2020-01-01')).toBe('revoked');
    expect(achievement.isShareable()).toBe(false);
    expect(achievement.document('ecertificate').available).toBe(false);
  });

  it('cannot be revoked twice', () => {
    const achievement = Achievement.issue('A-5', details(), 'X', NOW);
    achievement.revoke('Issued in error', NOW);
    expect(achievement.pullDomainEvents().at(-1)).toBeInstanceOf(AchievementRevoked);
    expect(() => achievement.revoke('Again', NOW)).toThrow(AlreadyRevokedError);
  });

  it('records a correction with the changed fields only, and nothing for identical details', () => {
    const achievement = Achievement.issue('A-6', details(), 'X', NOW);
    achievement.pullDomainEvents();
    // Stored units come back with their keys in another order: still the same.
    expect(
      achievement.correct(
        details({ units: [{ credit: 2, level: '3', title: 'Health and safety', unitNumber: 'H/601/6431' }] }),
        NOW,
      ),
    ).toEqual([]);
    expect(achievement.pullDomainEvents()).toEqual([]);
    expect(achievement.correct(details({ grade: 'Distinction' }), NOW)).toEqual(['grade']);
    expect(achievement.revision).toBe(2);
    expect(achievement.pullDomainEvents()).toEqual([expect.any(AchievementCorrected)]);
  });
});
