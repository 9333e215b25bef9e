import { aRecordImport } from '../../../src/back-office/application/testing/in-memory-back-office';
import { MikroOrmRecordImportRepository } from '../../../src/back-office/infrastructure/mikro-orm-record-import.repository';
import { RecordImportSchema } from '../../../src/back-office/infrastructure/record-import.schema';
import { ormOnTestDatabase, TestOrm } from '../../support/orm';

// The Records page's history of imports written through its repository and read back fresh.
describe('the record-import repository keeps what it is given', () => {
  let db: TestOrm;

  beforeAll(async () => {
    db = await ormOnTestDatabase([RecordImportSchema]);
  });
  afterAll(() => db.close());

  it('an import and its rejected rows, and lists the history newest first', async () => {
    const older = aRecordImport({
      id: '0c0c6a1e-6d7e-4b55-8f2a-3c1b9e0d4a11',
      kind: 'achievements',
      importedBy: null,
      importedAt: new Date('2026-11-29T09:00:00Z'),
      rejected: [],
    });
    const newer = aRecordImport({
      id: '9d2b1f3a-8c4e-4f6a-b1d2-7e5f3a9c0b22',
      fileName: 'Records, "March" = 2026.csv',
      importedBy: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
      rejected: [
        { row: 2, reason: 'Date of birth, "2999-01-01", must be in the past' },
        { row: 7, reason: '=HYPERLINK("http://x")' },
      ],
    });
    await db.inTransaction(async (em) => {
      const repository = new MikroOrmRecordImportRepository(em);
      await repository.add(older);
      await repository.add(newer);
    });

    const repository = new MikroOrmRecordImportRepository(db.fresh());
    expect({ ...(await repository.byId(newer.id)) }).toEqual({ ...newer });
    expect({ ...(await repository.byId(older.id)) }).toEqual({ ...older });
    expect(await repository.byId('not-an-id')).toBeNull();
    const { items, total } = await repository.list({ offset: 0, limit: 10 });
    expect([total, items.map((e) => e.id)]).toEqual([2, [newer.id, older.id]]);
  });
});
