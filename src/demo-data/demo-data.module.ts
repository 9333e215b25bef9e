import { Module } from '@nestjs/common';
import { DemoDataLoader } from './demo-data-loader';
import { DemoDataOnStart } from './demo-data-on-start';

/** Demo data across the contexts (docs/demo-accounts.md): at start-up on an empty database, and `seed:demo`. */
@Module({ providers: [DemoDataLoader, DemoDataOnStart], exports: [DemoDataLoader] })
export class DemoDataModule {}
