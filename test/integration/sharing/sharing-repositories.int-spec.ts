import { randomUUID } from 'node:crypto';
import { CANDIDATE, SHAREABLE } from '../../../src/sharing/application/testing/in-memory-sharing';
import { Connection } from '../../../src/sharing/domain/connection';
import { ConnectionSchema } from '../../../src/sharing/infrastructure/persistence/connection.schema';
import { SqlAccessRecorder } from '../../../src/sharing/infrastructure/persistence/sql-access-recorder';
import { SqlAccessLog } from '../../../src/sharing/infrastructure/persistence/sql-access-log';
import { SqlUnmatchedRequests } from '../../../src/sharing/infrastructure/persistence/sql-unmatched-requests';
import { ormOnTestDatabase, stateOf, TestOrm } from '../../support/orm';
import { connectionsOn } from '../../support/database-changes';
import { connectionTakenUp, thirdPartyAccount } from '../../support/third-party-connections';

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
    await db.inTransaction(async (em) => connectionsOn(em).add(connection));
    const changed = await db.inTransaction(async (em) => {
      const loaded = (await connectionsOn(em).findOwnedBy(candidate.accountId, connection.id))!;
      loaded.activateFor(thirdPartyAccountId, now);
      loaded.changeExpiry(new Date('2027-06-01T00:00:00Z'), now);
      loaded.candidateEmailChanged('sam.new@candidates.example', now);
      return loaded;
    });

    const back = await connectionsOn(db.fresh()).byId(connection.id);
    expect(stateOf(back!)).toEqual(stateOf(changed));
    expect(back).toMatchObject({
      status: 'active',
      thirdPartyEmail: 'new@elsewhere.example',
      candidateEmail: 'sam.new@candidates.example',
    });
    expect(back!.permissions).toEqual(connection.permissions);
    // The third party's own read (a plain statement mapped by the schema) gives the same connection.
    const read = await connectionsOn(db.fresh()).findForThirdParty(thirdPartyAccountId, connection.id);
    expect(stateOf(read!)).toEqual(stateOf(changed));
    expect(read!.isInForce(now)).toBe(true);
    expect(await connectionsOn(db.fresh()).findForThirdParty(randomUUID(), connection.id)).toBeNull();
  });

  it('a request with its message, declined, and the queries that find connections', async () => {
    const candidate = { ...CANDIDATE, accountId: randomUUID() };
    const thirdPartyAccountId = await thirdPartyAccount(db, `asks-${randomUUID()}@employer.example`);
    const thirdParty = {
      firstName: 'Ann',
      surname: 'Hiring',
      email: 'Asks@Employer.example',
      company: 'Asks Ltd',
    };
    const asked = Connection.request({
      candidate,
      thirdParty,
      thirdPartyAccountId,
      message: 'Pre-employment check',
      now,
    });
    const invited = Connection.share({
      candidate,
      thirdParty: { ...thirdParty, email: 'invited@employer.example' },
      thirdPartyAccountId: null,
      expiresAt: null,
      permissions: [{ certificateNumber: 'Q-NEW', documents: ['ecertificate'] }],
      shareable: SHAREABLE,
      now: new Date(now.getTime() + 1000),
    });
    await db.inTransaction(async (em) => {
      const repository = connectionsOn(em);
      repository.add(asked);
      repository.add(invited);
    });

    const reader = connectionsOn(db.fresh());
    const loaded = await reader.findForThirdParty(thirdPartyAccountId, asked.id);
    expect(stateOf(loaded!)).toEqual(stateOf(asked));
    expect(loaded).toMatchObject({
      status: 'requested',
      requestMessage: 'Pre-employment check',
      expiresAt: null,
    });
    expect((await reader.findLive(candidate.accountId, 'ASKS@employer.example'))?.id).toBe(asked.id);
    expect((await reader.listInvitedAt('Invited@Employer.example')).map((c) => c.id)).toEqual([invited.id]);
    const page = await reader.listForCandidate(candidate.accountId, { offset: 0, limit: 10 });
    expect({ ids: page.items.map((c) => c.id), total: page.total }).toEqual({
      ids: [invited.id, asked.id],
      total: 2,
    });
    expect((await reader.listForThirdParty(thirdPartyAccountId, { offset: 0, limit: 10 })).total).toBe(1);
    expect(await reader.findOwnedBy(randomUUID(), asked.id)).toBeNull();
    expect(await reader.byId('not-a-uuid')).toBeNull();

    const declined = await db.inTransaction(async (em) => {
      const connection = (await connectionsOn(em).findOwnedBy(candidate.accountId, asked.id))!;
      connection.decline(now);
      return connection;
    });
    const back = await connectionsOn(db.fresh()).byId(asked.id);
    expect(stateOf(back!)).toEqual(stateOf(declined));
    expect(back).toMatchObject({ status: 'declined', endedAt: now });
    expect(await connectionsOn(db.fresh()).findLive(candidate.accountId, thirdParty.email)).toBeNull();
  });

  it('the access log: every view and download, newest first', async () => {
    const { connection, thirdPartyAccountId } = await connectionTakenUp(db, now);
    const viewed = {
      connectionId: connection.id,
      thirdPartyAccountId,
      thirdPartyName: 'Rita Reader',
      kind: 'viewed-documents' as const,
      certificateNumber: null,
      document: null,
      occurredAt: new Date('2026-11-30T10:00:00Z'),
    };
    const downloaded = {
      ...viewed,
      kind: 'downloaded' as const,
      certificateNumber: 'Q-NEW',
      document: 'ecertificate' as const,
      occurredAt: new Date('2026-11-30T10:05:00Z'),
    };
    const audit = (action: string) => ({ actorId: thirdPartyAccountId, action, targetId: connection.id });
    await new SqlAccessRecorder(db.fresh()).record(viewed, audit('sharing.documents-viewed-by-third-party'));
    await new SqlAccessRecorder(db.fresh()).record(
      downloaded,
      audit('sharing.document-downloaded-by-third-party'),
    );
    // Each access wrote its audit row in the same statement.
    const audited = await db
      .fresh()
      .getConnection()
      .execute<Array<{ action: string }>>(
        'SELECT action FROM audit_events WHERE target_id = ? ORDER BY occurred_at',
        [connection.id],
      );
    expect(audited.map((row) => row.action)).toEqual([
      'sharing.documents-viewed-by-third-party',
      'sharing.document-downloaded-by-third-party',
    ]);

    const log = new SqlAccessLog(db.fresh());
    const all = await log.list(connection.id, { offset: 0, limit: 10 });
    expect(all.total).toBe(2);
    expect(all.items).toEqual([
      { ...downloaded, id: expect.any(String) },
      { ...viewed, id: expect.any(String) },
    ]);
    expect((await log.list(connection.id, { offset: 1, limit: 1 })).items).toEqual([
      { ...viewed, id: expect.any(String) },
    ]);
    expect(await log.list(randomUUID(), { offset: 0, limit: 10 })).toEqual({ items: [], total: 0 });
  });

  it('unmatched requests: kept once per candidate number, newest first', async () => {
    const thirdPartyAccountId = await thirdPartyAccount(db, `unmatched-${randomUUID()}@employer.example`);
    const request = (candidateNumber: string, at: string, message: string | null = null) => ({
      id: randomUUID(),
      thirdPartyAccountId,
      candidateNumber,
      surname: 'Nobody',
      dateOfBirth: '1990-04-27',
      message,
      createdAt: new Date(at),
    });
    const first = request('00000001', '2026-11-30T09:00:00Z', 'Please share');
    const second = request('00000002', '2026-11-30T09:10:00Z');
    await db.inTransaction(async (em) => {
      const unmatched = new SqlUnmatchedRequests(em);
      await unmatched.record(first);
      await unmatched.record(second);
      // Asking again for the same candidate number adds no second card.
      await unmatched.record(request('00000001', '2026-11-30T09:20:00Z', 'Again'));
    });

    const unmatched = new SqlUnmatchedRequests(db.fresh());
    expect(await unmatched.newestOf(thirdPartyAccountId, 10)).toEqual({ items: [second, first], total: 2 });
    expect(await unmatched.newestOf(thirdPartyAccountId, 1)).toEqual({ items: [second], total: 2 });
  });
});
