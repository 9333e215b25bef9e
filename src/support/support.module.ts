import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { GetSupportContactHandler } from './application/queries/get-support-contact/get-support-contact.handler';
import { ListFaqEntriesHandler } from './application/queries/list-faq-entries/list-faq-entries.handler';
import { FaqEntryRepository } from './domain/faq-entry.repository';
import { SupportContactRepository } from './domain/support-contact.repository';
import { FaqEntrySchema } from './infrastructure/faq-entry.schema';
import { MikroOrmFaqEntryRepository } from './infrastructure/mikro-orm-faq-entry.repository';
import { MikroOrmSupportContactRepository } from './infrastructure/mikro-orm-support-contact.repository';
import { SupportContactSchema } from './infrastructure/support-contact.schema';
import { FaqApiController } from './interface/http/faq-api.controller';
import { SupportPagesController } from './interface/web/support-pages.controller';
import { AddFaqEntryHandler } from './application/commands/add-faq-entry/add-faq-entry.handler';
import { RemoveFaqEntryHandler } from './application/commands/remove-faq-entry/remove-faq-entry.handler';
import { ReviseFaqEntryHandler } from './application/commands/revise-faq-entry/revise-faq-entry.handler';
import { ReviseSupportContactHandler } from './application/commands/revise-support-contact/revise-support-contact.handler';
import { ListAllFaqEntriesHandler } from './application/queries/list-all-faq-entries/list-all-faq-entries.handler';
import { AdminFaqController } from './interface/admin/admin-faq.controller';
import { AdminSupportPagesController } from './interface/admin/admin-support-pages.controller';

/** The Support bounded context: the support team's contact details and the FAQ content. */
@Module({
  imports: [MikroOrmModule.forFeature([FaqEntrySchema, SupportContactSchema])],
  controllers: [SupportPagesController, FaqApiController, AdminFaqController, AdminSupportPagesController],
  providers: [
    ListFaqEntriesHandler,
    GetSupportContactHandler,
    // Staff editing (the back office).
    ListAllFaqEntriesHandler,
    AddFaqEntryHandler,
    ReviseFaqEntryHandler,
    RemoveFaqEntryHandler,
    ReviseSupportContactHandler,
    { provide: FaqEntryRepository, useClass: MikroOrmFaqEntryRepository },
    { provide: SupportContactRepository, useClass: MikroOrmSupportContactRepository },
  ],
})
export class SupportModule {}
