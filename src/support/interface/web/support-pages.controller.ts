import { Controller, Get, Render } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { GetSupportContact } from '../../application/queries/get-support-contact/get-support-contact.query';
import { ListFaqEntries } from '../../application/queries/list-faq-entries/list-faq-entries.query';

/** The FAQ page shows every published entry; far fewer than this exist in practice. */
const FAQ_PAGE_LIMIT = 100;

/** The Support and FAQ pages, open to everybody (logged in or not). */
@ApiExcludeController()
@Controller()
export class SupportPagesController {
  constructor(private readonly queries: QueryBus) {}

  @Get('support')
  @Render('support/support')
  async support() {
    return {
      title: 'Contact support',
      breadcrumbs: [{ label: 'Support' }],
      help: [
        'Use these details to contact the support team about your account, your documents or an order.',
        'If the details of an achievement look wrong, use "Raise an Enquiry" on that document instead: it reaches the right team with the certificate already identified.',
      ],
      contact: await this.queries.execute(new GetSupportContact()),
    };
  }

  @Get('faq')
  @Render('support/faq')
  async faq() {
    const list = await this.queries.execute(new ListFaqEntries(1, FAQ_PAGE_LIMIT));
    return {
      title: 'Frequently asked questions',
      breadcrumbs: [{ label: 'FAQ' }],
      help: 'Select a question to see its answer. If your question is not here, contact support.',
      entries: list.items,
    };
  }
}
