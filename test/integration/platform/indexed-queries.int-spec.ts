// Staff pages and deletes must not read whole tables that grow with every candidate, order and audited
// action (ADR 0029). Each case below calls a real repository, captures the statements it sends, and has
// Postgres plan them with sequential scans disabled: a statement no index can serve still plans a
// sequential scan, or walks a whole index with no condition on it. The tables are empty, so the
// planner's choice says what indexes exist, not what the data favours.
import { Client, QueryConfig } from 'pg';
import { EntityManager } from '@mikro-orm/postgresql';
import { MikroOrmEnquiryRepository } from '../../../src/achievements/infrastructure/persistence/mikro-orm-enquiry.repository';
import { EnquirySchema } from '../../../src/achievements/infrastructure/persistence/enquiry.schema';
import { AccountSchema } from '../../../src/identity/infrastructure/persistence/account.schema';
import { MikroOrmAccountRepository } from '../../../src/identity/infrastructure/persistence/mikro-orm-account.repository';
import { ORDERING_SCHEMAS } from '../../../src/ordering/infrastructure/persistence/ordering.schemas';
import { MikroOrmOrderRepository } from '../../../src/ordering/infrastructure/persistence/mikro-orm-ordering.repositories';
import { AuditEventRecordSchema } from '../../../src/shared/infrastructure/audit/audit-event-record';
import { MikroOrmAuditLog } from '../../../src/shared/infrastructure/audit/mikro-orm-audit-log';
import { ConnectionSchema } from '../../../src/sharing/infrastructure/persistence/connection.schema';
import { ormOnTestDatabase, TestOrm } from '../../support/orm';
import { connectionsOn } from '../../support/database-changes';
import { statementsDuring } from '../../support/statements';

const SOME_ID = '0b7e2f7e-6a55-4b8e-9a4f-1d2c3b4a5f60';
const PAGE = { offset: 0, limit: 50 };

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

/** The reads and writes `work` sends to Postgres, with their parameters (transaction control left out). */
async function statementsOf(work: () => Promise<unknown>): Promise<QueryConfig[]> {
  const { statements } = await statementsDuring(work, (text, values): QueryConfig | undefined =>
    /^\s*(select|with|update|delete)\b/i.test(text) ? { text, values } : undefined,
  );
  return statements;
}

describe('queries on growing tables are served by indexes', () => {
  let db: TestOrm;
  let planner: Client;
  /** Indexes that hold only some rows: walking one whole reads only what its predicate admits. */
  let partialIndexes: Set<string>;

  beforeAll(async () => {
    db = await ormOnTestDatabase([
      ConnectionSchema,
      ...ORDERING_SCHEMAS,
      AuditEventRecordSchema,
      AccountSchema,
      EnquirySchema,
    ]);
    planner = new Client({ connectionString: db.orm.config.getClientUrl() });
    await planner.connect();
    await planner.query('SET enable_seqscan = off');
    const { rows } = await planner.query<{ name: string }>(
      `SELECT indexrelid::regclass::text AS name FROM pg_index WHERE indpred IS NOT NULL`,
    );
    partialIndexes = new Set(rows.map((row) => row.name));
  });
  afterAll(async () => {
    await planner.end();
    await db.close();
  });

  /**
   * The scans in each statement's plan that read a whole table or a whole index: a sequential scan, or an
   * index scan with no condition on the index, unless the index is partial (it holds only the rows asked
   * for) or a Limit above it stops the scan after the rows a page shows.
   */
  async function wholeReadsOf(statements: QueryConfig[]): Promise<string[]> {
    const reads: string[] = [];
    const walk = (node: PlanNode, limited: boolean): void => {
      const scan = `${node['Node Type']} on ${node['Relation Name']}`;
      const index = node['Index Name'];
      if (node['Node Type'] === 'Seq Scan') reads.push(scan);
      else if (index && !node['Index Cond'] && !limited && !partialIndexes.has(index))
        reads.push(`${scan} using ${index}`);
      for (const child of node.Plans ?? []) walk(child, limited || node['Node Type'] === 'Limit');
    };
    for (const { text, values } of statements) {
      const { rows } = await planner.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>({
        text: `EXPLAIN (FORMAT JSON) ${text}`,
        values,
      });
      walk(rows[0]!['QUERY PLAN'][0]!.Plan, false);
    }
    return reads;
  }

  /** A use, the repository call it makes, and (where not all) which of its statements must be served. */
  const cases: Array<{ name: string; work: (em: EntityManager) => Promise<unknown>; only?: RegExp }> = [
    {
      name: "a candidate's connections, for staff (by candidate number)",
      work: (em) => connectionsOn(em).listByCandidateNumber('00012345', PAGE),
    },
    {
      name: 'invitations waiting for a third party (by email, taken up at registration)',
      work: (em) => connectionsOn(em).listInvitedAt('someone@example.com'),
    },
    {
      name: "a print batch's orders",
      work: (em) => new MikroOrmOrderRepository(em).listInBatch(SOME_ID),
    },
    {
      name: 'the print batches page: each batch counted',
      work: (em) => new MikroOrmOrderRepository(em).productCountsByBatch([SOME_ID, SOME_ID]),
    },
    {
      name: 'the audit trail filtered by action',
      work: (em) =>
        new MikroOrmAuditLog(em).list({ page: 1, pageSize: 50, action: 'identity.account-suspended' }),
    },
    {
      name: 'the staff accounts page',
      work: (em) => new MikroOrmAccountRepository(em).listStaff(),
    },
    {
      name: 'the staff count, locked when a staff account is removed',
      work: (em) => em.transactional((tx) => new MikroOrmAccountRepository(tx).lockStaffCount()),
    },
    {
      name: 'every enquiry, oldest change first',
      work: (em) => new MikroOrmEnquiryRepository(em).listByStatus(undefined, PAGE),
      // The page itself; its exact total counts every enquiry (ADR 0029).
      only: /\blimit\b/i,
    },
  ];

  it.each(cases)('$name', async ({ work, only }) => {
    const statements = (await statementsOf(() => work(db.fresh()))).filter(
      (statement) => !only || only.test(statement.text),
    );
    expect(statements.length).toBeGreaterThan(0);
    expect(await wholeReadsOf(statements)).toEqual([]);
  });

  // Deleting a row makes Postgres find the rows that refer to it (to cascade, or to refuse): without an
  // index on the referring column, every such delete reads the whole referring table.
  it('every foreign key is indexed on the referring side', async () => {
    const { rows } = await planner.query<{ constraint: string }>(`
      SELECT c.conname AS constraint
        FROM pg_constraint c
       WHERE c.contype = 'f'
         AND NOT EXISTS (
           SELECT 1 FROM pg_index i
            WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1]
              -- A partial index serves the lookup only if every non-null key satisfies its predicate.
              AND (i.indpred IS NULL
                   OR pg_get_expr(i.indpred, i.indrelid) = format('(%I IS NOT NULL)',
                        (SELECT attname FROM pg_attribute WHERE attrelid = c.conrelid AND attnum = c.conkey[1]))))
       ORDER BY 1`);
    expect(rows.map((row) => row.constraint)).toEqual([
      // Achievements are never deleted (a revoked one stays, marked), nor are catalogue products (a
      // fixed set whose prices staff change): no delete ever looks for what refers to them.
      'achievement_enquiries_achievement_id_fkey',
      'ordering_basket_items_product_code_fkey',
      'ordering_reprint_claims_product_code_fkey',
    ]);
  });
});
