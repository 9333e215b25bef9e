// The authorisation matrix (docs/security.md): every operation of the OpenAPI document, asked by every
// actor of authorisation-expectations.ts, against the answer that table expects. Path parameters name
// real things: the candidate's addresses, enquiries, basket items and certificates, the connection the
// candidate shares with the connected third party, so that another candidate and an unconnected third
// party must be told "not found". One app, set up once, requests in sequence; within an operation the
// actors who are let in ask last, so a successful delete does not change what the others are told.
import { randomUUID } from 'node:crypto';
import { createTestApp, TestApp } from '../support/app';
import { picture } from '../e2e/identity/profile-fixtures';
import {
  createCandidate,
  createStaff,
  createThirdParty,
  importAchievements,
  issueToken,
  Party,
} from '../e2e/sharing/sharing-fixtures';
import { ACTORS, Actor, Answer, EXPECTATIONS } from './authorisation-expectations';
import { fillPath, Operation, operationsOf, Schema } from './openapi';
import { CookieSession, cookieSession } from './sessions';

const UK_ADDRESS = { line1: '1 High Street', town: 'Leeds', postcode: 'LS1 4AP', country: 'GB' };
const NEXT_YEAR = `${new Date().getFullYear() + 1}-06-30`;

const keyOf = (operation: Operation) => `${operation.method.toUpperCase()} ${operation.path}`;

const matches = (status: number, answer: Answer) =>
  typeof answer === 'number'
    ? status === answer
    : answer === '2xx'
      ? status >= 200 && status < 300
      : status >= 400 && status < 500 && status !== 401 && status !== 403;

/** A minimal value of the declared kind, for operations the matrix gives no body of its own. */
function minimal(schema: Schema | undefined): unknown {
  if (!schema) return undefined;
  if (schema.enum?.length) return schema.enum[0];
  switch (schema.type) {
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'object':
    case undefined:
      return Object.fromEntries(
        (schema.required ?? []).map((name) => [name, minimal(schema.properties?.[name])]),
      );
    default:
      return schema.format === 'email' ? 'nobody@example.test' : 'text';
  }
}

describe('authorisation matrix', () => {
  let t: TestApp;
  let parties: Record<
    'candidate' | 'otherCandidate' | 'connectedThirdParty' | 'unconnectedThirdParty' | 'staff' | 'target',
    Party
  >;
  let pendingStaff: CookieSession;
  let pendingCsrf: string;
  let certificate: string;
  let enquiryId: string;
  let operations: Operation[];

  // Each request from its own address, so the per-address throttles of the public forms stay out of the way.
  let address = 0;
  const send = (actor: Actor, method: Operation['method'], path: string, body?: unknown) => {
    address += 1;
    const from = `10.9.${(address >> 8) & 255}.${address & 255}`;
    if (actor === 'staffWithoutSecondFactor') {
      const req = pendingStaff.agent[method](path)
        .set('x-csrf-token', pendingCsrf)
        .set('X-Forwarded-For', from);
      return body === undefined ? req : req.send(body as object);
    }
    const req = t.http()[method](path).set('X-Forwarded-For', from);
    if (actor !== 'anonymous') req.set('Authorization', `Bearer ${parties[actor].token}`);
    return body === undefined ? req : req.send(body as object);
  };

  async function made(
    actor: Actor,
    method: Operation['method'],
    path: string,
    body?: unknown,
  ): Promise<string> {
    const res = await send(actor, method, path, body);
    const id = (res.body?.id ?? res.body?.enquiryId ?? res.body?.orderId ?? res.body?.items?.at?.(-1)?.id) as
      string | undefined;
    if (res.status >= 300 || !id)
      throw new Error(`${method} ${path}: ${res.status} ${res.text.slice(0, 300)}`);
    return id;
  }

  const permissions = () => [{ certificateNumber: certificate, documents: ['ecertificate', 'etranscript'] }];

  /** A live connection of the candidate with the connected third party (made, or renewed). */
  const activeConnection = () =>
    made('candidate', 'post', '/api/v1/me/connections', {
      firstName: 'Ann',
      surname: 'Hiring',
      email: parties.connectedThirdParty.email,
      company: 'Garage Ltd',
      permissions: permissions(),
    });

  /** A request of the connected third party, waiting for the candidate's answer. */
  async function requestedConnection(): Promise<string> {
    const live = await activeConnection();
    await send('candidate', 'delete', `/api/v1/me/connections/${live}`).expect(204);
    await send('connectedThirdParty', 'post', '/api/v1/third-party/connection-requests', {
      candidateNumber: parties.candidate.candidateNumber,
      surname: 'Matrix',
      dateOfBirth: '1990-04-27',
    }).expect((res) => expect(res.status).toBeLessThan(300));
    const list = await send('candidate', 'get', '/api/v1/me/connections?pageSize=100');
    return (list.body.items as Array<{ id: string; status: string }>).find((c) => c.status === 'requested')!
      .id;
  }

  const uploadPhoto = async () =>
    send('candidate', 'put', '/api/v1/me/photo')
      .attach('photo', await picture('png', 400, 400), 'me.png')
      .expect(204);

  /** Things made for the path parameters, kept until an operation deletes or answers them. */
  const things = new Map<string, string>();
  async function thing(name: string, make: () => Promise<string>): Promise<string> {
    if (!things.has(name)) things.set(name, await make());
    return things.get(name)!;
  }

  async function parametersFor(
    operation: Operation,
  ): Promise<{ values: Record<string, string>; used: string[] }> {
    const path = operation.path;
    const used: string[] = [];
    const use = (name: string, make: () => Promise<string>) => {
      used.push(name);
      return thing(name, make);
    };
    const values: Record<string, string> = {
      certificateNumber: certificate,
      candidateNumber: parties.candidate.candidateNumber!,
      provider: 'opayo',
    };
    if (path.startsWith('/api/v1/me/addresses/{id}'))
      values.id = await use('address', () => made('candidate', 'post', '/api/v1/me/addresses', UK_ADDRESS));
    else if (/^\/api\/v1\/me\/connections\/\{id\}\/(approval|decline)$/.test(path)) {
      things.delete('connection');
      values.id = await use('connection', requestedConnection);
    } else if (
      path.startsWith('/api/v1/me/connections/{id}') ||
      path.startsWith('/api/v1/third-party/connections/{id}')
    ) {
      values.id = await use('connection', activeConnection);
      // The candidate's photo, which an operation before may have deleted.
      if (path.endsWith('/candidate-photo')) await uploadPhoto();
    } else if (
      path.startsWith('/api/v1/me/enquiries/{id}') ||
      path.startsWith('/api/v1/admin/enquiries/{id}')
    )
      values.id = enquiryId;
    else if (path.startsWith('/api/v1/me/basket/items/{id}'))
      values.id = await use('basket item', async () => {
        // The candidate's reprint, already in the basket if the operation adding it ran before.
        await send('candidate', 'post', '/api/v1/me/basket/items', {
          product: 'certificate-reprint',
          certificateNumber: certificate,
          reason: 'lost',
          quantity: 1,
        });
        const basket = await send('candidate', 'get', '/api/v1/me/basket').expect(200);
        return (basket.body.items as Array<{ id: string }>)[0].id;
      });
    else if (path.startsWith('/api/v1/me/orders/{id}'))
      values.id = await use('order', async () => {
        // An order of the candidate's reprint, waiting for payment.
        await send('candidate', 'post', '/api/v1/me/basket/items', {
          product: 'certificate-reprint',
          certificateNumber: certificate,
          reason: 'lost',
          quantity: 1,
        });
        return made('candidate', 'post', '/api/v1/me/orders', {
          billingAddress: UK_ADDRESS,
          deliveryOption: 'royal-mail-signed-for-2nd',
        });
      });
    else if (path.startsWith('/api/v1/admin/faq/{id}'))
      values.id = await use('faq', () =>
        made('staff', 'post', '/api/v1/admin/faq', { question: 'Is this a test?', answer: 'It is.' }),
      );
    else if (path.startsWith('/api/v1/admin/staff-accounts/{accountId}'))
      values.accountId = await use(
        'staff account',
        async () => (await createStaff(t, `colleague.${randomUUID()}@staff.example`)).accountId,
      );
    else if (path.includes('{accountId}')) values.accountId = parties.target.accountId;
    return { values, used };
  }

  /** The body the operation is sent: one it would accept where the matrix can make one. */
  function bodyFor(operation: Operation): unknown {
    const bodies: Record<string, unknown> = {
      'POST /api/v1/auth/token': { email: 'nobody@example.test', password: 'not the password' },
      'POST /api/v1/registrations/third-parties': {
        email: 'jobs@rival.example',
        password: 'a long unusual passphrase 42',
        firstName: 'New',
        surname: 'Party',
        company: 'New Ltd',
      },
      'POST /api/v1/email-verifications/resend': { email: 'nobody@example.test' },
      'POST /api/v1/password-resets': { email: 'nobody@example.test' },
      'PATCH /api/v1/me/profile': {},
      'PUT /api/v1/me/credentials': {
        currentPassword: 'not the password',
        newPassword: 'another long passphrase 7',
      },
      'POST /api/v1/me/addresses': UK_ADDRESS,
      'PUT /api/v1/me/addresses/{id}': UK_ADDRESS,
      'POST /api/v1/admin/candidate-records/imports': [
        { candidateNumber: '0008999', firstName: 'Ima', surname: 'Port', dateOfBirth: '1990-01-01' },
      ],
      'POST /api/v1/admin/staff-accounts': {
        email: `new.${randomUUID()}@staff.example`,
        firstName: 'New',
        surname: 'Staff',
      },
      'POST /api/v1/me/achievements/{certificateNumber}/enquiries': { message: 'My name is misspelt.' },
      'POST /api/v1/me/enquiries/{id}/messages': { message: 'Any news?' },
      'POST /api/v1/admin/enquiries/{id}/replies': { message: 'We are looking into it.' },
      'POST /api/v1/admin/achievements/imports': [],
      'PATCH /api/v1/admin/achievements/{certificateNumber}': {},
      'POST /api/v1/me/connections': {
        firstName: 'Nia',
        surname: 'Vetting',
        email: 'vetting@agency.example',
        company: 'Agency Ltd',
        permissions: permissions(),
      },
      'PUT /api/v1/me/connections/{id}/expiry': { expiresAt: NEXT_YEAR },
      'PUT /api/v1/me/connections/{id}/permissions': { permissions: permissions() },
      'POST /api/v1/me/connections/{id}/approval': { permissions: permissions() },
      'POST /api/v1/third-party/connection-requests': {
        candidateNumber: parties.candidate.candidateNumber,
        surname: 'Matrix',
        dateOfBirth: '1990-04-27',
      },
      'POST /api/v1/me/basket/items': {
        product: 'certificate-reprint',
        certificateNumber: certificate,
        reason: 'lost',
        quantity: 1,
      },
      'POST /api/v1/me/orders': { billingAddress: UK_ADDRESS, deliveryOption: 'royal-mail-signed-for-2nd' },
      'POST /api/v1/admin/faq': { question: 'Is this a test?', answer: 'It is.' },
      'PUT /api/v1/admin/faq/{id}': { question: 'Is this still a test?', answer: 'Yes.' },
      'PUT /api/v1/admin/support-contact': { email: 'help@veri.example' },
    };
    const key = keyOf(operation);
    if (key in bodies) return bodies[key];
    if (operation.method === 'get' || operation.method === 'delete') return undefined;
    if (!operation.consumes.includes('application/json')) return undefined;
    return minimal(operation.body);
  }

  beforeAll(async () => {
    // Listening, so the payment simulator can answer the candidate's payment request.
    t = await createTestApp({ listen: true, env: { TRUST_PROXY: 'true' } });
    parties = {
      candidate: await createCandidate(t, '0008001', 'Matrix'),
      otherCandidate: await createCandidate(t, '0008002', 'Other'),
      connectedThirdParty: await createThirdParty(t, 'hr@matrix-garage.example'),
      unconnectedThirdParty: await createThirdParty(t, 'jobs@rival.example', 'Rival Ltd'),
      staff: await createStaff(t, 'matrix.staff@staff.example'),
      target: await createCandidate(t, '0008003', 'Target'),
    };
    certificate = (await importAchievements(t, '0008001', '08000001')).fresh;
    await importAchievements(t, '0008002', '08000002');
    pendingStaff = await cookieSession(t, await createStaff(t, 'pending.staff@staff.example'), {
      secondFactor: false,
    });
    pendingCsrf = await pendingStaff.csrf();
    enquiryId = await made('candidate', 'post', `/api/v1/me/achievements/${certificate}/enquiries`, {
      message: 'The date looks wrong.',
    });
    await uploadPhoto();
    operations = await operationsOf(t);
  }, 120_000);
  afterAll(() => t?.close());

  it('has an expected answer for every operation of the document, and none for operations that are gone', () => {
    const documented = operations.map(keyOf);
    expect(documented.filter((key) => !(key in EXPECTATIONS))).toEqual([]);
    expect(Object.keys(EXPECTATIONS).filter((key) => !documented.includes(key))).toEqual([]);
  });

  it('the staff session without its second factor is a pending login, not a staff principal', async () => {
    await pendingStaff.agent.get('/api/v1/me').set('x-csrf-token', pendingCsrf).expect(401);
    const page = await pendingStaff.agent.get('/admin');
    expect(page.status).toBeGreaterThanOrEqual(300);
    expect(page.status).not.toBe(200);
  });

  it('answers every operation to every actor as the table expects', async () => {
    const wrong: string[] = [];
    for (const operation of operations) {
      const key = keyOf(operation);
      const expected = EXPECTATIONS[key];
      if (!expected) continue;
      const { values, used } = await parametersFor(operation);
      const path = fillPath(operation, values, randomUUID());
      const body = bodyFor(operation);
      // Refused actors first, the candidate and the connected third party (the owners) last.
      const order = [...ACTORS].sort((a, b) => rank(a, expected[a]) - rank(b, expected[b]));
      for (const actor of order) {
        const res = await send(actor, operation.method, path, body);
        if (!matches(res.status, expected[actor]))
          wrong.push(
            `${key} as ${actor}: expected ${expected[actor]}, got ${res.status} ${res.text.slice(0, 160)}`,
          );
      }
      // Logging out revoked each actor's token: the next operations get new ones.
      if (key === 'DELETE /api/v1/auth/token')
        for (const party of Object.values(parties)) party.token = await issueToken(t, party.accountId);
      // What was deleted or answered must be made afresh for the next operation.
      if (operation.method === 'delete' || /\/(approval|decline)$/.test(operation.path))
        for (const name of used) things.delete(name);
    }
    expect(wrong).toEqual([]);
  }, 180_000);
});

function rank(actor: Actor, answer: Answer): number {
  if (typeof answer === 'number' && answer !== 404) return 0;
  if (typeof answer === 'number') return 1;
  return actor === 'candidate' || actor === 'connectedThirdParty' ? 3 : 2;
}
