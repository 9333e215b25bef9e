import { randomUUID } from 'node:crypto';
import { CANDIDATE, SHAREABLE } from '../../../src/sharing/application/testing/in-memory-sharing';
import { Connection } from '../../../src/sharing/domain/connection';
import { ConnectionSchema } from '../../../src/sharing/infrastructure/persistence/connection.schema';
import { MikroOrmConnectionRepository } from '../../../src/sharing/infrastructure/persistence/mikro-orm-connection.repository';
import { ormOnTestDatabase, stateOf, TestOrm } from '../../support/orm';

// A connection written through its repository and read back by a fresh entity manager.
describe('Sharing repositories keep what they are given', () => {
  let db: TestOrm;
  const now = new Date('2026-11-30T09:00:00Z');

  beforeAll(async () => {
    db = await ormOnTestDatabase([ConnectionSchema]);
  });
  afterAll(() => db.close());

  it('an invitation with its permissions, taken up, given a new expiry and a new candidate email', async () => {
    const candidate = { ...CANDIDATE, accountId: randomUUID() };
    // The account that takes the invitation up must exist (a foreign key since ADR 0009).
    const thirdPartyAccountId = randomUUID();
    await db.inTransaction((em) =>
      em.execute(
        `INSERT INTO identity_accounts (id, role, status, email, email_verified_at, first_name, surname, company,
           sessions_valid_after, activated_at, created_at, updated_at)
         VALUES (?, 'third_party', 'active', 'new@elsewhere.example', now(), 'Ann', 'Hiring', 'Garage Ltd', now(), now(), now(), now())`,
        [thirdPartyAccountId],
      ),
    );
    const connection = Connection.share({
      candidate,
      thirdParty: {
        firstName: 'Ann',
        surname: 'Hiring',
        email: 'New@Elsewhere.example',
        company: 'Garage Ltd',
      },
      thirdPartyAccountId: null,
      expiresAt: new Date('2027-03-01T00:00:00Z'),
      permissions: [
        { certificateNumber: 'Q-NEW', documents: ['ecertificate', 'etranscript'] },
        { certificateNumber: 'A-ACC', documents: ['ecertificate'] },
      ],
      shareable: SHAREABLE,
      now,
    });
    await db.inTransaction(async (em) => new MikroOrmConnectionRepository(em).add(connection));
    const changed = await db.inTransaction(async (em) => {
      const loaded = (await new MikroOrmConnectionRepository(em).findOwnedBy(
        candidate.accountId,
        connection.id,
      ))!;
      loaded.activateFor(thirdPartyAccountId, now);
      loaded.changeExpiry(new Date('2027-06-01T00:00:00Z'), now);
      loaded.candidateEmailChanged('sam.new@candidates.example', now);
      return loaded;
    });

    const back = await new MikroOrmConnectionRepository(db.fresh()).byId(connection.id);
    expect(stateOf(back!)).toEqual(stateOf(changed));
    expect(back).toMatchObject({
      status: 'active',
      thirdPartyEmail: 'new@elsewhere.example',
      candidateEmail: 'sam.new@candidates.example',
    });
    expect(back!.permissions).toEqual(connection.permissions);
  });
});
