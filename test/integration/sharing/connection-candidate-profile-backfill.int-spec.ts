// The migration that gives connections their copy of what third parties see of the candidate (ADR 0027):
// existing rows take the account's current name and whether it has a photo, whatever they copied when made
// (the account's status does not matter: pending keeps the fixture free of a candidate record).
import { randomUUID } from 'node:crypto';
import { useDatabaseMigratedTo } from '../../support/migrations';

const BEFORE = 'Migration20261206120000PrincipalChangeNotifications';

describe("keeping the candidate's profile on existing connections", () => {
  const database = useDatabaseMigratedTo(BEFORE);
  const sql = (text: string, params: unknown[] = []) => database.client.query(text, params);

  const candidate = async (firstName: string, photoKey: string | null) => {
    const id = randomUUID();
    await sql(
      `INSERT INTO identity_accounts (id, role, status, email, email_verified_at, first_name, surname, photo_key,
         sessions_valid_after, activated_at, created_at, updated_at)
       VALUES ($1, 'candidate', 'pending_authorisation', $2, now(), $3, 'Eichen', $4, now(), now(), now(), now())`,
      [id, `${id}@candidates.example`, firstName, photoKey],
    );
    return id;
  };

  const connection = async (candidateAccountId: string) => {
    const id = randomUUID();
    await sql(
      `INSERT INTO sharing_connections (id, candidate_account_id, candidate_number, candidate_email, candidate_name,
         third_party_first_name, third_party_surname, third_party_email, third_party_company,
         status, permissions, created_at, approved_at, expires_at, updated_at)
       VALUES ($1, $2, 'C1', 'sam@candidates.example', 'Sam Eichen', 'Ann', 'Hiring', 'hr@garage.example',
         'Garage Ltd', 'active', '[]', now(), now(), now() + interval '30 days', now())`,
      [id, candidateAccountId],
    );
    return id;
  };

  it("copies each candidate's current name and photo onto their connections", async () => {
    const renamed = await connection(await candidate('Samantha', 'identity/photos/s.png'));
    const unchanged = await connection(await candidate('Sam', null));

    await database.migrateRest();

    const { rows } = await database.client.query<{
      id: string;
      candidate_name: string;
      candidate_has_photo: boolean;
      candidate_profile_at: Date;
    }>('SELECT id, candidate_name, candidate_has_photo, candidate_profile_at FROM sharing_connections');
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get(renamed)).toMatchObject({ candidate_name: 'Samantha Eichen', candidate_has_photo: true });
    expect(byId.get(unchanged)).toMatchObject({ candidate_name: 'Sam Eichen', candidate_has_photo: false });
    expect(byId.get(renamed)!.candidate_profile_at).toBeInstanceOf(Date);
  });
});
