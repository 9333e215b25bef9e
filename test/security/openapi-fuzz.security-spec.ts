// Malformed requests to every operation of the OpenAPI document, with valid authentication (finding
// 10 and the fuzz of the security suite): wrong types, missing and extra fields, huge strings, NUL,
// invalid JSON, wrong media types, negative and huge numbers, hostile path and query parameters.
// None may answer 500, and no request answered 4xx may change a table.
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createTestApp, TestApp } from '../support/app';
import { createCandidate, createStaff, createThirdParty, Party } from '../e2e/sharing/sharing-fixtures';
import { fillPath, Operation, operationsOf, Schema } from './openapi';

/** Written on refusals on purpose: the audit trail, failed-login counters and sessions. */
const TABLES_REFUSALS_MAY_WRITE = new Set([
  'audit_events',
  'identity_login_attempts',
  'session',
  'mikro_orm_migrations',
]);

interface FuzzCase {
  label: string;
  path: string;
  query?: string;
  contentType?: string;
  body?: string;
}

const HUGE = 'x'.repeat(20_000);
const NUL = 'a\u0000b';

/** Values of the wrong kind, or of the right kind but hostile, for one property. */
function hostileValues(schema: Schema): unknown[] {
  const common: unknown[] = [null, HUGE, NUL, {}, [], true];
  switch (schema.type) {
    case 'integer':
    case 'number':
      return [...common, -1, -999999999, 1e308, 2 ** 53 + 1, 0.5, '12', 'NaN'];
    case 'string':
      return [...common, 123, '', ' ', '../../etc/passwd', '2026-02-30', '<script>', "' OR 1=1 --"];
    case 'boolean':
      return [...common, 'true', 1];
    case 'array':
      return [...common, 'not a list', [NUL], new Array(1001).fill(1), [{}]];
    default:
      return [...common, 'text', 42];
  }
}

function bodyCases(operation: Operation, path: string): FuzzCase[] {
  if (operation.method === 'get' || operation.method === 'delete') return [];
  const json = (label: string, value: unknown): FuzzCase => ({
    label,
    path,
    contentType: 'application/json',
    body: JSON.stringify(value),
  });
  const cases: FuzzCase[] = [
    { label: 'invalid JSON', path, contentType: 'application/json', body: '{"a":' },
    { label: 'text/plain', path, contentType: 'text/plain', body: 'hello' },
    { label: 'xml', path, contentType: 'application/xml', body: '<a>1</a>' },
    { label: 'form with NUL', path, contentType: 'application/x-www-form-urlencoded', body: 'a=%00' },
    json('null', null),
    json('array', []),
    json('string', 'x'),
    json('number', -1),
    json('empty object', {}),
    json('unknown field', { unexpectedField: 'x' }),
    json(
      'prototype pollution',
      JSON.parse('{"__proto__": {"admin": true}, "constructor": {"prototype": {}}}'),
    ),
    { label: 'NUL escape', path, contentType: 'application/json', body: '{"x":"\\u0000"}' },
  ];
  const properties = Object.entries(operation.body?.properties ?? {});
  const valid = Object.fromEntries(properties.map(([name, schema]) => [name, plausible(schema)]));
  for (const [name, schema] of properties) {
    cases.push(
      ...hostileValues(schema).map((value) => json(`${name}=${label(value)}`, { ...valid, [name]: value })),
    );
    const { [name]: _dropped, ...missing } = valid;
    cases.push(json(`without ${name}`, missing));
  }
  return cases;
}

/** A value of the declared kind, so that one hostile field at a time reaches validation. */
function plausible(schema: Schema): unknown {
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
      return {};
    default:
      return schema.format === 'email' ? 'someone@example.com' : 'text';
  }
}

function label(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 20 ? `${text.slice(0, 20)}...` : text;
}

function parameterCases(operation: Operation, fallback: string): FuzzCase[] {
  const cases: FuzzCase[] = [];
  for (const name of operation.pathParameters) {
    for (const [what, value] of [
      ['NUL', 'a%00b'],
      ['150 characters', '9'.repeat(150)],
      ['traversal', '..%2F..%2Fetc%2Fpasswd'],
      ['negative', '-1'],
      ['huge number', '99999999999999999999999'],
      ['unicode', encodeURIComponent('ü\u202e😀')],
      ['quote', encodeURIComponent("' OR 1=1 --")],
    ]) {
      cases.push({ label: `path ${name}: ${what}`, path: fillPath(operation, { [name]: value }, fallback) });
    }
  }
  const path = fillPath(operation, {}, fallback);
  cases.push(
    { label: 'unknown query parameter', path, query: 'unexpected=%00' },
    { label: 'paging out of range', path, query: 'page=-1&pageSize=100000' },
    { label: 'NUL after the path', path: `${path}%00` },
    { label: 'a very long path', path: `${path}/${'y'.repeat(3000)}` },
    { label: 'JSON body where none belongs', path, contentType: 'application/json', body: '{"a":1}' },
  );
  for (const { name } of operation.queryParameters) {
    for (const value of ['%00', 'x'.repeat(5000), '-1', '99999999999999999999', '1.5', '', '%FF%FE']) {
      cases.push({ label: `query ${name}=${value.slice(0, 10)}`, path, query: `${name}=${value}` });
    }
    cases.push({ label: `query ${name} twice`, path, query: `${name}=1&${name}=2` });
    cases.push({ label: `query ${name} as object`, path, query: `${name}[a]=1` });
  }
  return cases;
}

describe('OpenAPI-driven fuzzing', () => {
  let t: TestApp;
  let db: Client;
  let parties: Party[];
  let tables: string[];

  beforeAll(async () => {
    t = await createTestApp({ env: { TRUST_PROXY: 'true' } });
    const staff = await createStaff(t, 'fuzz.staff@example.test');
    const candidate = await createCandidate(t, '0009001', 'Fuzzer');
    const thirdParty = await createThirdParty(t, 'fuzz.third@example.test');
    parties = [staff, candidate, thirdParty];
    db = new Client({ connectionString: t.database.url });
    await db.connect();
    const { rows } = await db.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    tables = rows.map((row) => row.tablename).filter((name) => !TABLES_REFUSALS_MAY_WRITE.has(name));
  });
  afterAll(async () => {
    await db?.end();
    await t?.close();
  });

  async function rowCounts(): Promise<string> {
    const counts = tables.map((name) => `(SELECT count(*) FROM "${name}") AS "${name}"`).join(', ');
    const { rows } = await db.query(`SELECT ${counts}`);
    return JSON.stringify(rows[0]);
  }

  let address = 0;
  function send(operation: Operation, fuzz: FuzzCase, party: Party) {
    address += 1;
    const url = fuzz.query ? `${fuzz.path}?${fuzz.query}` : fuzz.path;
    const client = t.http();
    let req = client[operation.method](url)
      .set('Authorization', `Bearer ${party.token}`)
      .set('X-Forwarded-For', `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`);
    if (fuzz.contentType) req = req.set('Content-Type', fuzz.contentType);
    return fuzz.body === undefined ? req : req.send(fuzz.body);
  }

  /** The party the operation lets in (or staff when none is), so that validation is what answers. */
  async function partyFor(operation: Operation, fallback: string): Promise<Party> {
    for (const party of parties) {
      const res = await send(operation, { label: 'probe', path: fillPath(operation, {}, fallback) }, party);
      if (res.status !== 401 && res.status !== 403) return party;
    }
    return parties[0];
  }

  it('answers at least 2,500 malformed requests without a 500, and no refusal changes a table', async () => {
    const operations = await operationsOf(t);
    expect(operations.length).toBeGreaterThan(50);
    const failures: string[] = [];
    let sent = 0;
    let before: string;
    for (const operation of operations) {
      const fallback = randomUUID();
      const party = await partyFor(operation, fallback);
      before = await rowCounts();
      const cases = [
        ...parameterCases(operation, fallback),
        ...bodyCases(operation, fillPath(operation, {}, fallback)),
      ];
      for (const fuzz of cases) {
        const res = await send(operation, fuzz, party);
        sent += 1;
        const where = `${operation.method.toUpperCase()} ${operation.path} [${fuzz.label}]`;
        if (res.status >= 500) failures.push(`${where}: ${res.status} ${res.text.slice(0, 200)}`);
        if (res.status >= 400 && res.status < 500) {
          const after = await rowCounts();
          if (after !== before) failures.push(`${where}: ${res.status} but rows changed`);
          before = after;
        } else {
          before = await rowCounts();
        }
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(2500);
  }, 300_000);
});
