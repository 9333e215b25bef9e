import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { renderLimitedMarkdown } from '../../../shared/infrastructure/templating/markdown';
import { ListFaqEntries } from '../../application/queries/list-faq-entries/list-faq-entries.query';
import { FaqEntryListResponse } from '../dto/faq-entry.response';
import { PageRequest } from '../../../shared/web/validation/page.request';

@ApiTags('Support')
@Controller('api/v1/faq')
export class FaqApiController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'The published FAQ entries, in order' })
  @ApiOkResponse({ type: FaqEntryListResponse })
  async list(@Query() { page, pageSize }: PageRequest): Promise<FaqEntryListResponse> {
    const list = await this.queries.execute(new ListFaqEntries(page, pageSize));
    return {
      ...list,
      items: list.items.map((entry) => ({ ...entry, answerHtml: renderLimitedMarkdown(entry.answer) })),
    };
  }
}
