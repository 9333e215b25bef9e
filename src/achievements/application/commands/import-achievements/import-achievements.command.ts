import { RequestActor } from '../../../../shared/application/audit-log';
import { ImportRow } from '../../services/import-rows';

/** Creates or updates achievements by certificate number; a bad row never stops the good ones. */
export class ImportAchievements {
  constructor(
    readonly rows: ImportRow[],
    readonly actor: RequestActor,
    readonly source: 'api' | 'cli' | 'demo' = 'api',
  ) {}
}
