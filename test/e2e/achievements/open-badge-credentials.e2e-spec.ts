import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { verifyCredential } from '@digitalbazaar/vc';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import { JSON_LD_CONTEXTS } from '../../../src/achievements/infrastructure/credentials/json-ld-contexts';
import { createTestApp, TestApp } from '../../support/app';
import { eventually } from '../../support/eventually';
import { staffToken } from '../../support/identity';
import { achievement, Candidate, candidateWithToken, importAchievements } from './achievements-fixtures';

type Credential = Record<string, unknown>;

// api.md "Signed documents and open credentials": Open Badges 3.0 credentials, checked by the
// @digitalbazaar libraries' own verify function with a document loader that reads only from the app
// (its bundled JSON-LD contexts and its HTTP routes), never from the internet.
describe('Open Badges 3.0 credentials', () => {
  let t: TestApp;
  let staff: string;
  let ada: Candidate;
  let bob: Candidate;
  const NUMBER = '01702345-01-K7PD';
  const CORRECTED = '01811190-01-WX9M';
  const BEFORE = '01626756-01-Q3NF';

  beforeAll(async () => {
    t = await createTestApp({ runWorkers: true, env: { BRAND_NAME: 'Institute of Motor Trades' } });
    staff = await staffToken(t);
    ada = await candidateWithToken(t, staff, '7000001', 'Ada', 'Lovelace');
    bob = await candidateWithToken(t, staff, '7000002', 'Bob', 'Hope');
    await importAchievements(t, staff, [
      achievement({ certificateNumber: NUMBER }),
      achievement({ certificateNumber: CORRECTED, issueDate: '2020-02-17' }),
      achievement({ certificateNumber: BEFORE, issueDate: '2017-01-04' }),
    ]);
  });

  afterAll(() => t.close());

  const credentialOf = (number: string, who: Candidate = ada) =>
    t.http().get(`/api/v1/me/achievements/${number}/credential`).set('Authorization', `Bearer ${who.token}`);

  const documentLoader = async (url: string) => {
    const context = JSON_LD_CONTEXTS.get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: context };
    if (!url.startsWith(`${t.config.publicUrl}/`)) throw new Error(`Refusing to load ${url}`);
    const res = await t.http().get(url.slice(t.config.publicUrl.length).replace(/#.*$/, ''));
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
    const document = JSON.parse(res.text) as Record<string, unknown>;
    // A key's id has a fragment: the key is the verification method of that id in the profile.
    const fragment = (document.verificationMethod as Credential[] | undefined)?.find((key) => key.id === url);
    return {
      contextUrl: null,
      documentUrl: url,
      document: fragment ? { '@context': 'https://w3id.org/security/multikey/v1', ...fragment } : document,
    };
  };
  const verify = (credential: Credential) =>
    verifyCredential({
      credential,
      suite: new DataIntegrityProof({ cryptosuite }),
      documentLoader,
      checkStatus,
    });

  it('gives the holder a signed OpenBadgeCredential as application/ld+json', async () => {
    const res = await credentialOf(NUMBER);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/ld\+json/);
    const credential = JSON.parse(res.text) as Credential;
    expect(credential).toMatchObject({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      ],
      type: ['VerifiableCredential', 'OpenBadgeCredential'],
      issuer: {
        id: `${t.config.publicUrl}/api/v1/credentials/issuer`,
        type: ['Profile'],
        name: 'Institute of Motor Trades',
      },
      validFrom: '2018-03-14T00:00:00Z',
      credentialSubject: {
        type: ['AchievementSubject'],
        identifier: [
          { type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: 'Ada Lovelace' },
        ],
        achievement: {
          type: ['Achievement'],
          name: 'Level 3 Diploma in Light Vehicle Maintenance and Repair Principles',
          description: expect.any(String),
          criteria: { narrative: expect.stringContaining('Institute of Motor Trades') },
          achievementType: 'Certificate',
        },
      },
      credentialStatus: {
        type: 'BitstringStatusListEntry',
        statusPurpose: 'revocation',
        statusListCredential: `${t.config.publicUrl}/api/v1/credentials/status/1`,
      },
      proof: {
        type: 'DataIntegrityProof',
        cryptosuite: 'eddsa-rdfc-2022',
        proofPurpose: 'assertionMethod',
        verificationMethod: `${t.config.publicUrl}/api/v1/credentials/issuer#key-1`,
      },
    });
    // No email address travels in the credential, hashed or not.
    expect(res.text).not.toContain(ada.email);
  });

  it('verifies with the library and the app alone, and refuses a tampered copy', async () => {
    const credential = JSON.parse((await credentialOf(NUMBER)).text) as Credential;
    const result = await verify(credential);
    expect(result.error).toBeUndefined();
    expect(result.verified).toBe(true);
    expect(result.statusResult?.results[0]).toMatchObject({ verified: true, status: false });

    const tampered = structuredClone(credential);
    (tampered.credentialSubject as { achievement: { name: string } }).achievement.name =
      'Doctor of Philosophy';
    expect((await verify(tampered)).verified).toBe(false);
  });

  it('publishes the issuer profile with its Multikey, and signed status lists', async () => {
    const issuer = await t.http().get('/api/v1/credentials/issuer').expect(200);
    expect(issuer.headers['content-type']).toMatch(/^application\/ld\+json/);
    expect(JSON.parse(issuer.text)).toMatchObject({
      type: ['Profile'],
      name: 'Institute of Motor Trades',
      url: t.config.publicUrl,
      verificationMethod: [{ type: 'Multikey', publicKeyMultibase: expect.stringMatching(/^z6Mk/) }],
      assertionMethod: [`${t.config.publicUrl}/api/v1/credentials/issuer#key-1`],
    });
    const list = JSON.parse(
      (await t.http().get('/api/v1/credentials/status/1').expect(200)).text,
    ) as Credential;
    expect(list).toMatchObject({
      type: ['VerifiableCredential', 'BitstringStatusListCredential'],
      credentialSubject: { type: 'BitstringStatusList', statusPurpose: 'revocation' },
    });
    expect((await verify(list)).verified).toBe(true);
    await t.http().get('/api/v1/credentials/status/99').expect(404);
    await t.http().get('/api/v1/credentials/status/x').expect(404);
  });

  it('answers 404 for another candidate, and 422 where there is no eCertificate', async () => {
    expect((await credentialOf(NUMBER, bob)).status).toBe(404);
    const before = await credentialOf(BEFORE);
    expect(before.status).toBe(422);
    expect(before.body.error.code).toBe('ACHIEVEMENTS.DOCUMENT_NOT_AVAILABLE');
  });

  it('a correction revokes the credential of the old details; the new one is current', async () => {
    const old = JSON.parse((await credentialOf(CORRECTED)).text) as Credential;
    await t
      .http()
      .patch(`/api/v1/admin/achievements/${CORRECTED}`)
      .set('Authorization', `Bearer ${staff}`)
      .send({ grade: 'Distinction', title: 'Level 3 Diploma in Vehicle Maintenance' })
      .expect(200);
    await eventually(async () => (await verify(old)).statusResult?.results[0].status === true, {
      what: 'the old credential to be revoked',
    });
    const current = JSON.parse((await credentialOf(CORRECTED)).text) as Credential;
    expect(current.name).toBe('Level 3 Diploma in Vehicle Maintenance');
    expect((await verify(current)).statusResult?.results[0]).toMatchObject({ verified: true, status: false });
  });

  it("a revocation sets the credential's bit in the signed status list (through the outbox job)", async () => {
    const credential = JSON.parse((await credentialOf(NUMBER)).text) as Credential;
    await t
      .http()
      .post(`/api/v1/admin/achievements/${NUMBER}/revocation`)
      .set('Authorization', `Bearer ${staff}`)
      .send({ reason: 'Issued in error' })
      .expect(200);
    const result = await eventually(
      async () => {
        const checked = await verify(credential);
        return checked.statusResult?.results[0].status === true && checked;
      },
      { what: 'the revocation bit' },
    );
    // The proof still holds (the bytes are the issuer's); the status says it is revoked.
    expect(result.statusResult?.results[0]).toMatchObject({ verified: true, status: true });
  });
});
