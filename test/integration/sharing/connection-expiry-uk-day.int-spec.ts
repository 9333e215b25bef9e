// The migration that moves expiries given as a date to the end of that day in the UK: a summer expiry
// stored as the end of the day in UTC (00:59:59.999 the next day in the UK) moves back one hour; winter
// expiries and moments given in full stay as they are.
import { randomUUID } from 'node:crypto';
import { useDatabaseMigratedTo } from '../../support/migrations';

const BEFORE = 'Migration20261205121000UnmatchedConnectionRequests';

describe('connection expiries end at the end of the day in the UK', () => {
  const database = useDatabaseMigratedTo(BEFORE);
  const sql = (text: string, params: unknown[] = []) => database.client.query(text, params);

  const connectionExpiring = async (expiresAt: string) => {
    const id = randomUUID();
    await sql(
      `INSERT INTO sharing_connections (id, candidate_account_id, candidate_number, candidate_email, candidate_name,
         third_party_first_name, third_party_surname, third_party_email, third_party_company,
         status, permissions, created_at, approved_at, expires_at, updated_at)
       VALUES ($1, $2, 'C1', 'sam@candidates.example', 'Sam', 'Ann', 'Hiring', 'hr@garage.example', 'Garage Ltd',
         'active', '[]', now(), now(), $3, now())`,
      [id, randomUUID(), expiresAt],
    );
    return id;
  };

  it('moves summer dates back to the UK midnight and leaves the rest', async () => {
    const summer = await connectionExpiring('2027-07-31T23:59:59.999Z');
    const winter = await connectionExpiring('2027-01-31T23:59:59.999Z');
    const moment = await connectionExpiring('2027-07-31T10:00:00Z');

    await database.migrateRest();

    const { rows } = await database.client.query<{ id: string; expires_at: Date }>(
      'SELECT id, expires_at FROM sharing_connections',
    );
    const expiry = new Map(rows.map((row) => [row.id, row.expires_at.toISOString()]));
    expect(expiry.get(summer)).toBe('2027-07-31T22:59:59.999Z');
    expect(expiry.get(winter)).toBe('2027-01-31T23:59:59.999Z');
    expect(expiry.get(moment)).toBe('2027-07-31T10:00:00.000Z');
  });
});
