import { clockAt, RecordingAuditLog, RecordingUnitOfWork } from '../../../../../shared/application/testing';
import { InMemoryCandidateRecords } from '../../../../application/testing/in-memory-identity';
import { ImportCandidateRecords } from './import-candidate-records.command';
import { ImportCandidateRecordsHandler } from './import-candidate-records.handler';

describe('ImportCandidateRecordsHandler', () => {
  const actor = { accountId: 'staff-1', ip: '192.0.2.1' };
  const csv = (...rows: string[]) =>
    ['candidateNumber,firstName,surname,dateOfBirth,email,telephone', ...rows].join('\n');

  it('imports good rows, reports each bad one with its row and reason, and is safe to repeat', async () => {
    const records = new InMemoryCandidateRecords();
    const audit = new RecordingAuditLog();
    const handler = new ImportCandidateRecordsHandler(new RecordingUnitOfWork(), records, audit, clockAt());
    const text = csv(
      '00061010,Sam,Eichen,1990-04-27,,',
      '00061011,Ada,,1991-01-01,,',
      '00061010,Sam,Eichen,1990-04-27,,',
      '00061012,Kim,Lee,2990-01-01,,',
    );

    const first = await handler.execute(new ImportCandidateRecords({ format: 'csv', text }, actor));
    const again = await handler.execute(new ImportCandidateRecords({ format: 'csv', text }, actor));

    expect(first).toMatchObject({ created: 1, updated: 0, unchanged: 0 });
    expect(first.rejected.map((rejected) => rejected.row)).toEqual([2, 3, 4]);
    expect(first.rejected[1].reason).toMatch(/already appears in row 1/);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    expect(await records.byCandidateNumber('00061010')).toMatchObject({ surname: 'Eichen' });
    expect(audit.entries[0]).toMatchObject({
      action: 'identity.candidate-records-imported',
      details: { created: 1, updated: 0, unchanged: 0, rejected: 3 },
    });
  });
});
