import { ImportAchievements } from '../../../../achievements/achievements.public';
import { ImportCandidateRecords } from '../../../../identity/identity.public';
import { clockAt, DirectUnitOfWork } from '../../../../shared/application/testing';
import { AnsweringBus, InMemoryRecordImports } from '../../testing/in-memory-back-office';
import { ImportRecordsFile } from './import-records-file.command';
import { ImportRecordsFileHandler } from './import-records-file.handler';

describe('ImportRecordsFileHandler', () => {
  const actor = { accountId: 'staff-1', ip: '192.0.2.1' };
  const report = { created: 2, updated: 1, rejected: [{ row: 4, reason: 'Enter the surname', extra: 'x' }] };
  const setUp = () => {
    const imports = new InMemoryRecordImports();
    const bus = new AnsweringBus(() => report);
    const handler = new ImportRecordsFileHandler(
      bus.asCommandBus(),
      imports,
      new DirectUnitOfWork(),
      clockAt(),
    );
    return { imports, bus, handler };
  };

  it("hands candidate records to Identity's import and keeps its report in the history", async () => {
    const { imports, bus, handler } = setUp();
    const text = 'candidateNumber,firstName\r\n';
    const { importId } = await handler.execute(
      new ImportRecordsFile('candidate-records', 'march.csv', text, actor),
    );
    expect(bus.sent).toEqual([new ImportCandidateRecords({ format: 'csv', text }, actor)]);
    expect(await imports.byId(importId)).toEqual({
      id: importId,
      kind: 'candidate-records',
      fileName: 'march.csv',
      importedBy: 'staff-1',
      importedAt: new Date('2026-11-30T09:00:00Z'),
      created: 2,
      updated: 1,
      // A context that does not count unchanged rows reports none; a rejected row keeps only its number and reason.
      unchanged: 0,
      rejected: [{ row: 4, reason: 'Enter the surname' }],
    });
  });

  it("hands achievements to Achievements' import, row by row", async () => {
    const { bus, handler } = setUp();
    const text =
      'certificateNumber,kind,title,qualificationNumber,candidateNumber,fullName,grade,issueDate,centre\r\n' +
      'C-1,certificate,Plumbing,601/1,100001,Sam Eichen,Pass,2024-06-01,Leeds\r\n';
    await handler.execute(new ImportRecordsFile('achievements', 'a.csv', text, actor));
    expect(bus.sent).toHaveLength(1);
    const [sent] = bus.sent as ImportAchievements[];
    expect(sent).toBeInstanceOf(ImportAchievements);
    expect(sent.rows).toEqual([
      expect.objectContaining({ row: 2, fields: expect.objectContaining({ title: 'Plumbing' }) }),
    ]);
  });

  it('names a nameless file, and shortens a very long name to what the history keeps', async () => {
    const { imports, handler } = setUp();
    await handler.execute(new ImportRecordsFile('candidate-records', '', '', actor));
    await handler.execute(new ImportRecordsFile('candidate-records', 'x'.repeat(300), '', actor));
    expect(imports.all.map((e) => e.fileName.length)).toEqual(['upload.csv'.length, 255]);
  });

  it('keeps nothing when the file cannot be read', async () => {
    const { imports, bus, handler } = setUp();
    await expect(
      handler.execute(new ImportRecordsFile('achievements', 'bad.csv', 'nope,"unclosed\r\n', actor)),
    ).rejects.toMatchObject({ kind: 'invalid' });
    expect(bus.sent).toEqual([]);
    expect(imports.all).toEqual([]);
  });
});
