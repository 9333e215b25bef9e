// Who may call each route of api.md "Sharing": every route against anonymous, the owner candidate,
// another candidate, the connected third party, an unconnected third party and staff.
import { createTestApp, TestApp } from '../../support/app';
import {
  createCandidate,
  createStaff,
  createThirdParty,
  importAchievements,
  Party,
} from './sharing-fixtures';

type Actor =
  'anonymous' | 'owner' | 'otherCandidate' | 'connectedThirdParty' | 'unconnectedThirdParty' | 'staff';
const ACTORS: Actor[] = [
  'anonymous',
  'owner',
  'otherCandidate',
  'connectedThirdParty',
  'unconnectedThirdParty',
  'staff',
];

interface Call {
  method: 'get' | 'post' | 'put' | 'delete';
  path: string;
  body?: Record<string, unknown>;
}

const API = '/api/v1';

describe('Sharing authorisation table', () => {
  let t: TestApp;
  let parties: Record<Exclude<Actor, 'anonymous'>, Party>;
  let certificate: string;

  const send = (actor: Actor, call: Call) => {
    const req = t.http()[call.method](`${API}${call.path}`);
    if (actor !== 'anonymous') req.set('Authorization', `Bearer ${parties[actor].token}`);
    return call.body ? req.send(call.body) : req;
  };

  /** A live, active connection of the owner with the connected third party (made or renewed). */
  async function activeConnection(): Promise<string> {
    const res = await send('owner', {
      method: 'post',
      path: '/me/connections',
      body: {
        firstName: 'Ann',
        surname: 'Hiring',
        email: parties.connectedThirdParty.email,
        company: 'Garage Ltd',
        permissions: [{ certificateNumber: certificate, documents: ['ecertificate', 'etranscript'] }],
      },
    });
    if (res.status !== 201) throw new Error(`Could not share: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body.id as string;
  }

  /** A fresh request of the connected third party, waiting for the owner. */
  async function requestedConnection(): Promise<string> {
    const live = await activeConnection();
    await send('owner', { method: 'delete', path: `/me/connections/${live}` });
    await send('connectedThirdParty', {
      method: 'post',
      path: '/third-party/connection-requests',
      body: { candidateNumber: parties.owner.candidateNumber, surname: 'Eichen', dateOfBirth: '1990-04-27' },
    });
    const list = await send('owner', { method: 'get', path: '/me/connections?pageSize=100' });
    return list.body.items.find((c: { status: string }) => c.status === 'requested').id as string;
  }

  const permissions = () => [{ certificateNumber: certificate, documents: ['ecertificate'] }];

  const routes: Array<{ name: string; call: () => Promise<Call>; expect: Record<Actor, number> }> = [
    {
      name: 'GET /me/connections',
      call: async () => ({ method: 'get', path: '/me/connections' }),
      expect: {
        anonymous: 401,
        owner: 200,
        otherCandidate: 200,
        connectedThirdParty: 403,
        unconnectedThirdParty: 403,
        staff: 403,
      },
    },
    {
      name: 'POST /me/connections',
      call: async () => ({
        method: 'post',
        path: '/me/connections',
        body: {
          firstName: 'Ann',
          surname: 'Hiring',
          email: 'table@new.example',
          company: 'New Ltd',
          permissions: permissions(),
        },
      }),
      // Another candidate naming the owner's certificate is refused as a document they cannot share.
      expect: {
        anonymous: 401,
        owner: 201,
        otherCandidate: 422,
        connectedThirdParty: 403,
        unconnectedThirdParty: 403,
        staff: 403,
      },
    },
    {
      name: 'PUT /me/connections/{id}/expiry',
      call: async () => ({
        method: 'put',
        path: `/me/connections/${await activeConnection()}/expiry`,
        body: { expiresAt: '2099-01-01' },
      }),
      expect: {
        anonymous: 401,
        owner: 200,
        otherCandidate: 404,
        connectedThirdParty: 403,
        unconnectedThirdParty: 403,
        staff: 403,
      },
    },
    {
      name: 'PUT /me/connections/{id}/permissions',
      call: async () => ({
        method: 'put',
        path: `/me/connections/${await activeConnection()}/permissions`,
        body: { permissions: permissions() },
      }),
      expect: {
        anonymous: 401,
        owner: 200,
        otherCandidate: 404,
        connectedThirdParty: 403,
        unconnectedThirdParty: 403,
        staff: 403,
      },
    },
    {
      name: 'DELETE /me/connections/{id}',
      call: async () => ({ method: 'delete', path: `/me/connections/${await activeConnection()}` }),
      expect: {
        anonymous: 401,
        owner: 204,
        otherCandidate: 404,
        connectedThirdParty: 403,
        unconnectedThirdParty: 403,
        staff: 403,
      },
    },
    {
      name: 'POST /me/connections/{id}/approval',
      call: async () => ({
        method: 'post',
        path: `/me/connections/${await requestedConnection()}/approval`,
        body: { permissions: permissions() },
      }),
      expect: {
        anonymous: 401,
        owner: 200,
        otherCandidate: 404,
        connectedThirdParty: 403,
        unconnectedThirdParty: 403,
        staff: 403,
      },
    },
    {
      name: 'POST /me/connections/{id}/decline',
      call: async () => ({ method: 'post', path: `/me/connections/${await requestedConnection()}/decline` }),
      expect: {
        anonymous: 401,
        owner: 200,
        otherCandidate: 404,
        connectedThirdParty: 403,
        unconnectedThirdParty: 403,
        staff: 403,
      },
    },
    {
      name: 'GET /me/connections/{id}/access-log',
      call: async () => ({ method: 'get', path: `/me/connections/${await activeConnection()}/access-log` }),
      expect: {
        anonymous: 401,
        owner: 200,
        otherCandidate: 404,
        connectedThirdParty: 403,
        unconnectedThirdParty: 403,
        staff: 403,
      },
    },
    {
      name: 'POST /third-party/connection-requests',
      call: async () => ({
        method: 'post',
        path: '/third-party/connection-requests',
        body: { candidateNumber: '55555555', surname: 'Nobody', dateOfBirth: '1980-01-01' },
      }),
      expect: {
        anonymous: 401,
        owner: 403,
        otherCandidate: 403,
        connectedThirdParty: 202,
        unconnectedThirdParty: 202,
        staff: 403,
      },
    },
    {
      name: 'GET /third-party/connections',
      call: async () => ({ method: 'get', path: '/third-party/connections' }),
      expect: {
        anonymous: 401,
        owner: 403,
        otherCandidate: 403,
        connectedThirdParty: 200,
        unconnectedThirdParty: 200,
        staff: 403,
      },
    },
    {
      name: 'GET /third-party/connections/{id}/documents',
      call: async () => ({
        method: 'get',
        path: `/third-party/connections/${await activeConnection()}/documents`,
      }),
      expect: {
        anonymous: 401,
        owner: 403,
        otherCandidate: 403,
        connectedThirdParty: 200,
        unconnectedThirdParty: 404,
        staff: 403,
      },
    },
    {
      name: 'GET /third-party/connections/{id}/documents/{certificateNumber}/ecertificate.pdf',
      call: async () => ({
        method: 'get',
        path: `/third-party/connections/${await activeConnection()}/documents/${certificate}/ecertificate.pdf`,
      }),
      expect: {
        anonymous: 401,
        owner: 403,
        otherCandidate: 403,
        connectedThirdParty: 200,
        unconnectedThirdParty: 404,
        staff: 403,
      },
    },
    {
      name: 'GET /third-party/connections/{id}/documents/{certificateNumber}/etranscript.pdf',
      call: async () => ({
        method: 'get',
        path: `/third-party/connections/${await activeConnection()}/documents/${certificate}/etranscript.pdf`,
      }),
      expect: {
        anonymous: 401,
        owner: 403,
        otherCandidate: 403,
        connectedThirdParty: 200,
        unconnectedThirdParty: 404,
        staff: 403,
      },
    },
    {
      name: 'GET /admin/candidates/{candidateNumber}/connections',
      call: async () => ({
        method: 'get',
        path: `/admin/candidates/${parties.owner.candidateNumber}/connections`,
      }),
      expect: {
        anonymous: 401,
        owner: 403,
        otherCandidate: 403,
        connectedThirdParty: 403,
        unconnectedThirdParty: 403,
        staff: 200,
      },
    },
  ];

  beforeAll(async () => {
    t = await createTestApp();
    parties = {
      owner: await createCandidate(t, '00061010', 'Eichen'),
      otherCandidate: await createCandidate(t, '00099999', 'Other'),
      connectedThirdParty: await createThirdParty(t, 'hr@garage.example'),
      unconnectedThirdParty: await createThirdParty(t, 'jobs@rival.example', 'Rival Ltd'),
      staff: await createStaff(t),
    };
    certificate = (await importAchievements(t, '00061010', '01626756')).fresh;
    await importAchievements(t, '00099999', '02222222');
  }, 60_000);

  afterAll(async () => {
    await t?.close();
  });

  it.each(routes.map((route) => [route.name, route] as const))(
    '%s',
    async (_name, route) => {
      const answers: Record<string, number> = {};
      for (const actor of ACTORS) answers[actor] = (await send(actor, await route.call())).status;
      expect(answers).toEqual(route.expect);
    },
    90_000,
  );
});
