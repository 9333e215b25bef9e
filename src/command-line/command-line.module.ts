import { Module } from '@nestjs/common';
import { ImportCandidateRecordsCliCommand } from './import-candidate-records.cli-command';
import { MigrateCliCommand } from './migrate.cli-command';
import { StaffCreateCliCommand } from './staff-create.cli-command';

/**
 * The operator commands of `npm run cli -- <command>` (api.md "Operations"). Each is a thin edge that
 * dispatches one command a context publishes in its *.public.ts.
 */
@Module({
  providers: [MigrateCliCommand, StaffCreateCliCommand, ImportCandidateRecordsCliCommand],
})
export class CommandLineModule {}
