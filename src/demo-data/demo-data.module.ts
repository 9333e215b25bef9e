import { Module } from '@nestjs/common';
import { DemoDataLoader } from './demo-data-loader';
import { DEMO_LOGINS_OUTPUT, DemoDataOnStart, DemoLoginsOutput } from './demo-data-on-start';
import { SeedDemoCliCommand } from './seed-demo.cli-command';

/** Demo data across the contexts (docs/demo-accounts.md): at start-up on an empty database, and `seed:demo`. */
@Module({
  providers: [
    DemoDataLoader,
    DemoDataOnStart,
    SeedDemoCliCommand,
    {
      provide: DEMO_LOGINS_OUTPUT,
      useValue: ((text) => void process.stdout.write(text)) satisfies DemoLoginsOutput,
    },
  ],
})
export class DemoDataModule {}
