import { Achievement } from '../../../domain/achievement';
import { OpenBadgeCredentials } from '../../services/open-badge-credentials';
import { anAchievement, InMemoryAchievements } from '../../testing/in-memory-achievements';
import { UpdateCredentialStatus } from './update-credential-status.command';
import { UpdateCredentialStatusHandler } from './update-credential-status.handler';

/** Keeps which achievements had their credentials' status brought up to date. */
class RecordingCredentials {
  readonly refreshed: Achievement[] = [];
  refreshStatus(achievement: Achievement): Promise<void> {
    this.refreshed.push(achievement);
    return Promise.resolve();
  }
}

describe('UpdateCredentialStatusHandler', () => {
  it('brings the credentials of the achievement as it is now up to date', async () => {
    const achievement = anAchievement('A-1');
    achievement.revoke('Issued in error', new Date('2026-11-30T09:00:00Z'));
    const credentials = new RecordingCredentials();
    const handler = new UpdateCredentialStatusHandler(
      new InMemoryAchievements().has(achievement),
      credentials as unknown as OpenBadgeCredentials,
    );

    await handler.execute(new UpdateCredentialStatus('a-1'));

    expect(credentials.refreshed).toEqual([achievement]);
    expect(credentials.refreshed[0].isRevoked()).toBe(true);
  });

  it('does nothing for a certificate that no longer exists (the job is not retried for ever)', async () => {
    const credentials = new RecordingCredentials();
    const handler = new UpdateCredentialStatusHandler(
      new InMemoryAchievements(),
      credentials as unknown as OpenBadgeCredentials,
    );

    await handler.execute(new UpdateCredentialStatus('GONE-1'));

    expect(credentials.refreshed).toEqual([]);
  });
});
