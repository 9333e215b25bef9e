// A third party's account and a connection it has taken up, written to a test database: the access log,
// connections and unmatched requests refer to such rows by foreign key.
import { randomUUID } from 'node:crypto';
import { CANDIDATE, SHAREABLE } from '../../src/sharing/application/testing/in-memory-sharing';
import { Connection } from '../../src/sharing/domain/connection';
import { connectionsOn } from './database-changes';
import { TestOrm } from './orm';

export async function thirdPartyAccount(db: TestOrm, email: string): Promise<string> {
  const id = randomUUID();
  await db.inTransaction((em) =>
    em.execute(
      `INSERT INTO identity_accounts (id, role, status, email, email_verified_at, first_name, surname, company,
         sessions_valid_after, activated_at, created_at, updated_at)
       VALUES (?, 'third_party', 'active', ?, now(), 'Ann', 'Hiring', 'Garage Ltd', now(), now(), now(), now())`,
      [id, email],
    ),
  );
  return id;
}

/** A candidate's connection sharing one eCertificate (Q-NEW), taken up by a new third party's account. */
export async function connectionTakenUp(
  db: TestOrm,
  now: Date,
): Promise<{ connection: Connection; thirdPartyAccountId: string }> {
  const thirdPartyAccountId = await thirdPartyAccount(db, `reads-${randomUUID()}@employer.example`);
  const connection = Connection.share({
    candidate: { ...CANDIDATE, accountId: randomUUID() },
    thirdParty: {
      firstName: 'Rita',
      surname: 'Reader',
      email: 'reads@employer.example',
      company: 'Reads Ltd',
    },
    thirdPartyAccountId,
    expiresAt: null,
    permissions: [{ certificateNumber: 'Q-NEW', documents: ['ecertificate'] }],
    shareable: SHAREABLE,
    now,
  });
  await db.inTransaction(async (em) => connectionsOn(em).add(connection));
  return { connection, thirdPartyAccountId };
}
