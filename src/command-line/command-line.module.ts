import { Module } from '@nestjs/common';
import { DemoDataModule } from '../demo-data/demo-data.module';
import { ImportCandidateRecordsCliCommand } from './import-candidate-records.cli-command';
import { MigrateCliCommand } from './migrate.cli-command';
import { SeedDemoCliCommand } from './seed-demo.cli-command';
import { StaffCreateCliCommand } from './staff-create.cli-command';

/**
 * The operator commands of `npm run cli -- <command>` (api.md "Operations"). Each is a thin edge that
 * dispatches one command a context publishes in its *.public.ts.
 */
@Module({
  imports: [DemoDataModule],
  providers: [MigrateCliCommand, StaffCreateCliCommand, ImportCandidateRecordsCliCommand, SeedDemoCliCommand],
})
export class CommandLineModule {}
