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

/** The Support bounded context: the support team's contact details and the FAQ content. */
@Module({
  imports: [MikroOrmModule.forFeature([FaqEntrySchema, SupportContactSchema])],
  controllers: [SupportPagesController, FaqApiController],
  providers: [
    ListFaqEntriesHandler,
    GetSupportContactHandler,
    { provide: FaqEntryRepository, useClass: MikroOrmFaqEntryRepository },
    { provide: SupportContactRepository, useClass: MikroOrmSupportContactRepository },
  ],
})
export class SupportModule {}
