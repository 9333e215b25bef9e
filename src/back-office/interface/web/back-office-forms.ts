import { Expose, Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { RECORD_KINDS, RecordKind } from '../../domain/record-import';
import { positiveInt } from './page-notice';

/**
 * Paging from a list page's query string. A page never fails for a bad number (a link may be old or
 * hand-edited): nonsense falls back to the first page, too large is clamped. The API answers 400 instead.
 */
function Paging(fallback: number, max: number): PropertyDecorator {
  return (target, key) => {
    Expose()(target, key);
    Transform(({ value }) => positiveInt(value, fallback, max))(target, key);
    IsInt()(target, key);
  };
}

/** The Records page's query: which page of the history of imports. */
export class RecordsPageQuery {
  @Paging(1, 100_000)
  page: number;

  @Paging(10, 100)
  pageSize: number;
}

/** The Records page's upload form; the file itself comes apart from the fields, so it is checked beside. */
export class RecordImportForm {
  @IsIn(RECORD_KINDS, { message: 'Choose what the file holds' })
  kind: RecordKind;
}

/** The audit page's filter form (a GET form: its values are the query string) and its paging. */
export class AuditFilterForm {
  @Paging(1, Number.MAX_SAFE_INTEGER)
  page: number;

  @Paging(25, 100)
  pageSize: number;

  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'An action name is 100 characters or fewer, like identity.account-suspended' })
  action?: string;

  // The actor column is a uuid: anything else could match nothing, so it is refused rather than asked.
  @IsOptional()
  @IsUUID('all', {
    message: 'Enter the account id as the account page shows it (36 letters, digits and dashes)',
  })
  actorId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100, { message: 'An id is 100 characters or fewer' })
  targetId?: string;
}
