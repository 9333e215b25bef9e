import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { RequestActor } from '../../../shared/application/audit-log';
import { renderLimitedMarkdown } from '../../../shared/infrastructure/templating/markdown';
import { RequestActorOf, Roles } from '../../../shared/web/authentication/auth.decorators';
import { AddFaqEntry } from '../../application/commands/add-faq-entry/add-faq-entry.command';
import { RemoveFaqEntry } from '../../application/commands/remove-faq-entry/remove-faq-entry.command';
import { ReviseFaqEntry } from '../../application/commands/revise-faq-entry/revise-faq-entry.command';
import { ReviseSupportContact } from '../../application/commands/revise-support-contact/revise-support-contact.command';
import {
  GetSupportContact,
  SupportContactView,
} from '../../application/queries/get-support-contact/get-support-contact.query';
import { ListAllFaqEntries } from '../../application/queries/list-all-faq-entries/list-all-faq-entries.query';
import { FaqEntryRequest, SupportContactRequest } from '../dto/faq-entry.requests';

/** Staff edit the FAQ (every change audited); published and draft entries alike, in order. */
@ApiTags('Staff')
@Roles('staff')
@Controller('api/v1/admin')
export class AdminFaqController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('faq')
  @ApiOperation({
    summary:
      'Every FAQ entry with its position and whether it is published, plus the answer as the public page renders it',
  })
  @ApiOkResponse()
  async list() {
    const items = await this.queries.execute(new ListAllFaqEntries());
    return { items: items.map((entry) => ({ ...entry, answerHtml: renderLimitedMarkdown(entry.answer) })) };
  }

  @Post('faq')
  @ApiOperation({ summary: 'Add an entry (last unless a position is given)' })
  @ApiCreatedResponse({ description: '{id}' })
  add(@Body() body: FaqEntryRequest, @RequestActorOf() actor: RequestActor): Promise<{ id: string }> {
    return this.commands.execute(new AddFaqEntry(body, actor));
  }

  @Put('faq/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: '404 SUPPORT.FAQ_ENTRY_NOT_FOUND' })
  async revise(
    @Param('id') id: string,
    @Body() body: FaqEntryRequest,
    @RequestActorOf() actor: RequestActor,
  ): Promise<void> {
    await this.commands.execute(new ReviseFaqEntry(id, body, actor));
  }

  @Delete('faq/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: '404 SUPPORT.FAQ_ENTRY_NOT_FOUND' })
  async remove(@Param('id') id: string, @RequestActorOf() actor: RequestActor): Promise<void> {
    await this.commands.execute(new RemoveFaqEntry(id, actor));
  }

  @Get('support-contact')
  @ApiOperation({ summary: "The Support page's contact details" })
  contact(): Promise<SupportContactView> {
    return this.queries.execute(new GetSupportContact());
  }

  @Put('support-contact')
  @HttpCode(204)
  @ApiOperation({ summary: "Replace the Support page's contact details" })
  async reviseContact(
    @Body() body: SupportContactRequest,
    @RequestActorOf() actor: RequestActor,
  ): Promise<void> {
    await this.commands.execute(new ReviseSupportContact(body, actor));
  }
}
