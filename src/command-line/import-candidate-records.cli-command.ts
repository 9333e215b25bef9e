import { MikroORM } from '@mikro-orm/core';
import { CommandBus } from '@nestjs/cqrs';
import { Command, CommandRunner } from 'nest-commander';
import { readFile } from 'node:fs/promises';
import { ImportCandidateRecords, ImportReport } from '../identity/identity.public';
import { printImportReport } from './import-report';
import { withRequestContext } from './with-request-context';

/** `import:candidate-records FILE.csv`: the same import as the staff API, from a file. */
@Command({
  name: 'import:candidate-records',
  arguments: '<file>',
  description: 'Import candidate records from a CSV file',
})
export class ImportCandidateRecordsCliCommand extends CommandRunner {
  constructor(
    private readonly orm: MikroORM,
    private readonly commands: CommandBus,
  ) {
    super();
  }

  async run([file]: string[]): Promise<void> {
    const text = await readFile(file, 'utf8');
    const report = await withRequestContext(this.orm, () =>
      this.commands.execute<ImportCandidateRecords, ImportReport>(
        new ImportCandidateRecords({ format: 'csv', text }, { accountId: null, ip: null }),
      ),
    );
    printImportReport(report);
    if (report.rejected.length > 0) process.exitCode = 2;
  }
}
