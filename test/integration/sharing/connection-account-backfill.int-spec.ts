// The migration that binds connections to third-party accounts (ADR 0009) on a database that already
// has connections: rows taken up are bound to the verified third-party account holding their address,
// pending invitations stay unbound, and an id naming no account is cleared before the foreign key.
import { randomUUID } from 'node:crypto';
import { useDatabaseMigratedTo } from '../../support/migrations';

const BEFORE = 'Migration20261205110000CandidateRecordNearNames';

describe('binding existing connections to third-party accounts', () => {
  const database = useDatabaseMigratedTo(BEFORE);
  const sql = (text: string, params: unknown[] = []) => database.client.query(text, params);

  const account = async (email: string, role: string, verified: boolean) => {
    const id = randomUUID();
    await sql(
      `INSERT INTO identity_accounts (id, role, status, email, email_verified_at, first_name, surname, company,
         sessions_valid_after, activated_at, created_at, updated_at)
       VALUES ($1, $2, 'active', $3, $4, 'Ann', 'Hiring', 'Garage Ltd', now(), now(), now(), now())`,
      [id, role, email, verified ? new Date() : null],
    );
    return id;
  };

  const connection = async (email: string, status: string, thirdPartyAccountId: string | null) => {
    const id = randomUUID();
    await sql(
      `INSERT INTO sharing_connections (id, candidate_account_id, candidate_number, candidate_email, candidate_name,
         third_party_first_name, third_party_surname, third_party_email, third_party_company, third_party_account_id,
         status, permissions, created_at, approved_at, expires_at, updated_at)
       VALUES ($1, $2, 'C1', 'sam@candidates.example', 'Sam', 'Ann', 'Hiring', $3, 'Garage Ltd', $4,
         $5, '[]', now(), now(), now() + interval '30 days', now())`,
      [id, randomUUID(), email, thirdPartyAccountId, status],
    );
    return id;
  };

  it('binds taken-up rows by verified address, leaves invitations, clears unknown ids', async () => {
    const employer = await account('hr@garage.example', 'third_party', true);
    await account('new@unverified.example', 'third_party', false);
    const active = await connection('hr@garage.example', 'active', null);
    const expired = await connection('hr@garage.example', 'expired', null);
    const invited = await connection('hr@garage.example', 'invited', null);
    const unverified = await connection('new@unverified.example', 'active', null);
    const stale = await connection('gone@nowhere.example', 'active', randomUUID());

    await database.migrateRest();

    const { rows } = await database.client.query<{ id: string; third_party_account_id: string | null }>(
      'SELECT id, third_party_account_id FROM sharing_connections',
    );
    const bound = new Map(rows.map((row) => [row.id, row.third_party_account_id]));
    expect(bound.get(active)).toBe(employer);
    expect(bound.get(expired)).toBe(employer);
    expect(bound.get(invited)).toBeNull();
    expect(bound.get(unverified)).toBeNull();
    expect(bound.get(stale)).toBeNull();
    await expect(
      sql('UPDATE sharing_connections SET third_party_account_id = $1 WHERE id = $2', [randomUUID(), active]),
    ).rejects.toThrow(/foreign key/);
  });
});
