import { Command } from '@nestjs/cqrs';
import { ImportReport } from '../../views/import-report';

/**
 * Loads the demo achievements (run by the demo seeding after Identity's demo candidates exist).
 * Idempotent: a second run changes nothing.
 */
export class SeedDemoAchievements extends Command<ImportReport> {}
