import { MikroOrmModule } from '@mikro-orm/nestjs';
import { AuditEntries } from './application/services/audit-entries';
import { Module } from '@nestjs/common';
import { ImportRecordsFileHandler } from './application/commands/import-records-file/import-records-file.handler';
import { GetRecordImportHandler } from './application/queries/get-record-import/get-record-import.handler';
import { ListRecordImportsHandler } from './application/queries/list-record-imports/list-record-imports.handler';
import { RecordImportRepository } from './domain/record-import.repository';
import { MikroOrmRecordImportRepository } from './infrastructure/mikro-orm-record-import.repository';
import { RecordImportSchema } from './infrastructure/record-import.schema';
import { RecordsPagesController } from './interface/web/records-pages.controller';
import { DiscardDeadLetterHandler } from './application/commands/discard-dead-letter/discard-dead-letter.handler';
import { RetryDeadLetterHandler } from './application/commands/retry-dead-letter/retry-dead-letter.handler';
import { OutboxBacklog } from './application/ports/outbox-backlog';
import { GetCandidateOverviewHandler } from './application/queries/get-candidate-overview/get-candidate-overview.handler';
import { GetJobsOverviewHandler } from './application/queries/get-jobs-overview/get-jobs-overview.handler';
import { GetStaffHomeHandler } from './application/queries/get-staff-home/get-staff-home.handler';
import { ListAuditEventsHandler } from './application/queries/list-audit-events/list-audit-events.handler';
import { ListAuditTrailHandler } from './application/queries/list-audit-trail/list-audit-trail.handler';
import { ListDeadLettersHandler } from './application/queries/list-dead-letters/list-dead-letters.handler';
import { SearchBackOfficeHandler } from './application/queries/search-back-office/search-back-office.handler';
import { SqlOutboxBacklog } from './infrastructure/sql-outbox-backlog';
import { AdminAuditEventsController } from './interface/http/admin-audit-events.controller';
import { AdminJobsController } from './interface/http/admin-jobs.controller';
import { AdminSearchController } from './interface/http/admin-search.controller';
import { AuditPageController } from './interface/web/audit-page.controller';
import { CandidatePageController } from './interface/web/candidate-page.controller';
import { JobsPagesController } from './interface/web/jobs-pages.controller';
import { SearchPageController } from './interface/web/search-page.controller';
import { StaffHomePageController } from './interface/web/staff-home-page.controller';

/**
 * The staff back office's cross-context pages: the home page with the work waiting, one search over
 * candidates and achievements, the candidate page, the Records page (CSV imports and their history), the audit trail and the job queue's
 * health. It owns
 * no data: it asks each context through its public queries. Features of one context (approving a
 * registration, answering an enquiry, editing the FAQ) stay in that context's interface/admin.
 */
@Module({
  imports: [MikroOrmModule.forFeature([RecordImportSchema])],
  controllers: [
    RecordsPagesController,
    StaffHomePageController,
    SearchPageController,
    CandidatePageController,
    AuditPageController,
    JobsPagesController,
    AdminJobsController,
    AdminSearchController,
    AdminAuditEventsController,
  ],
  providers: [
    GetStaffHomeHandler,
    GetJobsOverviewHandler,
    ListDeadLettersHandler,
    ListAuditEventsHandler,
    ListAuditTrailHandler,
    SearchBackOfficeHandler,
    GetCandidateOverviewHandler,
    AuditEntries,
    RetryDeadLetterHandler,
    DiscardDeadLetterHandler,
    ImportRecordsFileHandler,
    ListRecordImportsHandler,
    GetRecordImportHandler,
    { provide: OutboxBacklog, useClass: SqlOutboxBacklog },
    { provide: RecordImportRepository, useClass: MikroOrmRecordImportRepository },
  ],
})
export class BackOfficeModule {}
