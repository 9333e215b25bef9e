import { Module } from '@nestjs/common';
import { DemoDataLoader } from './demo-data-loader';
import { DemoDataOnStart } from './demo-data-on-start';
import { SeedDemoCliCommand } from './seed-demo.cli-command';

/** Demo data across the contexts (docs/demo-accounts.md): at start-up on an empty database, and `seed:demo`. */
@Module({ providers: [DemoDataLoader, DemoDataOnStart, SeedDemoCliCommand] })
export class DemoDataModule {}
