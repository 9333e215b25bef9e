// Two applications on one database stand for two web processes behind one balancer (ADR 0026): a token
// revoked through one stops working on the other as soon as the other hears the database's notification,
// though the other kept the token's principal; on the process that revoked it, on the very next request.
import { createTestApp, TestApp } from '../../support/app';
import { createTestDatabase, TestDatabase } from '../../support/database';
import { eventually } from '../../support/eventually';
import { staffToken } from '../../support/identity';
import { statementsDuring } from '../../support/statements';

describe('kept principals across web processes', () => {
  let database: TestDatabase;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    database = await createTestDatabase();
    [first, second] = [await createTestApp({ database }), await createTestApp({ database })];
  });

  afterAll(async () => {
    await first?.close();
    await second?.close();
    await database?.drop();
  });

  const me = (app: TestApp, token: string) =>
    app.http().get('/api/v1/me').set('Authorization', `Bearer ${token}`);

  it('reads a token’s principal once: the next requests with it make no statement for it', async () => {
    const token = await staffToken(first, 'kept@example.test');
    const principalReads = (text: string) => (/identity_access_tokens/.test(text) ? 'principal' : undefined);
    const { statements } = await statementsDuring(async () => {
      for (let request = 0; request < 3; request++) expect((await me(first, token)).status).toBe(200);
    }, principalReads);
    expect(statements).toEqual(['principal']);
  });

  it('refuses a token on every process once it is revoked on one', async () => {
    const token = await staffToken(first);
    // Both processes have read (and kept) the token's principal.
    for (const app of [first, second, first, second]) expect((await me(app, token)).status).toBe(200);

    const revoked = await second.http().delete('/api/v1/auth/token').set('Authorization', `Bearer ${token}`);
    expect(revoked.status).toBe(204);
    expect((await me(second, token)).status).toBe(401);
    await eventually(async () => (await me(first, token)).status === 401, {
      timeoutMs: 2_000,
      what: 'the other process to refuse the revoked token',
    });
    expect((await me(first, token)).status).toBe(401);
  });
});
