import { Command } from '@nestjs/cqrs';
import { RequestActor } from '../../../../shared/application/audit-log';
import { RecordKind } from '../../../domain/record-import';

/**
 * A CSV file uploaded on the Records page: the owning context imports it (Identity the candidate
 * records, Achievements the achievements) and the report is kept in the import history.
 */
export class ImportRecordsFile extends Command<{ importId: string }> {
  constructor(
    readonly kind: RecordKind,
    readonly fileName: string,
    readonly text: string,
    readonly actor: RequestActor,
  ) {
    super();
  }
}
