import { Command, CommandRunner } from 'nest-commander';
import { DemoDataLoader } from './demo-data-loader';

/** `seed:demo`: loads (or tops up) the demo data of every context. */
@Command({ name: 'seed:demo', description: 'Load the demo data (idempotent)' })
export class SeedDemoCliCommand extends CommandRunner {
  constructor(private readonly demoData: DemoDataLoader) {
    super();
  }

  async run(): Promise<void> {
    for (const line of await this.demoData.load()) console.log(line);
  }
}
