import { MikroORM, RequestContext } from '@mikro-orm/core';
import { CommandBus } from '@nestjs/cqrs';
import { readFile } from 'node:fs/promises';
import { Command, CommandRunner } from 'nest-commander';
import { SYSTEM_ACTOR } from '../../../shared/application/audit-log';
import { ImportAchievements } from '../../application/commands/import-achievements/import-achievements.command';
import { ImportReport } from '../../application/views/import-report';
import { rowsFromCsv, rowsFromJson } from '../../application/services/import-rows';

/**
 * `npm run cli -- import:achievements FILE.csv` (or FILE.json): the same import as the staff API,
 * for operators and scheduled feeds. Prints the report as JSON; exits 1 when any row was rejected,
 * so a script notices.
 */
@Command({
  name: 'import:achievements',
  arguments: '<file>',
  description: 'Import achievements from a CSV file (or a .json array) and print the report',
})
export class ImportAchievementsCliCommand extends CommandRunner {
  constructor(
    private readonly commands: CommandBus,
    private readonly orm: MikroORM,
  ) {
    super();
  }

  async run([file]: string[]): Promise<void> {
    const text = await readFile(file, 'utf8');
    const rows = file.toLowerCase().endsWith('.json') ? rowsFromJson(JSON.parse(text)) : rowsFromCsv(text);
    const report: ImportReport = await RequestContext.create(this.orm.em, () =>
      this.commands.execute(new ImportAchievements(rows, SYSTEM_ACTOR, 'cli')),
    );
    console.log(JSON.stringify(report, null, 2));
    if (report.rejected.length > 0) process.exitCode = 1;
  }
}
