import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestActor } from '../../../shared/application/audit-log';
import { RequestActorOf, Roles } from '../../../shared/web/authentication/auth.decorators';
import { DiscardDeadLetter } from '../../application/commands/discard-dead-letter/discard-dead-letter.command';
import { RetryDeadLetter } from '../../application/commands/retry-dead-letter/retry-dead-letter.command';
import { GetJobsOverview } from '../../application/queries/get-jobs-overview/get-jobs-overview.query';
import { ListDeadLetters } from '../../application/queries/list-dead-letters/list-dead-letters.query';
import { PageRequest } from '../../../shared/web/validation/page.request';

/** Queue and outbox health for operators and staff; dead letters can be retried or discarded (audited). */
@ApiTags('Staff')
@Roles('staff')
@Controller('api/v1/admin/jobs')
export class AdminJobsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Job counts (waiting, active, delayed, failed = dead-lettered, completed), queue health and the outbox backlog',
  })
  @ApiOkResponse()
  health() {
    return this.queries.execute(new GetJobsOverview());
  }

  @Get('dead-letters')
  @ApiOperation({ summary: 'Dead-lettered jobs, newest first' })
  async deadLetters(@Query() query: PageRequest) {
    const items = await this.queries.execute(
      new ListDeadLetters((query.page - 1) * query.pageSize, query.pageSize),
    );
    return { items, page: query.page, pageSize: query.pageSize };
  }

  @Post('dead-letters/:id/retry')
  @HttpCode(204)
  @ApiNoContentResponse({
    description: 'Queued for one more attempt; 404 PLATFORM.JOB_NOT_FOUND if it is not dead-lettered',
  })
  async retry(@Param('id') id: string, @RequestActorOf() actor: RequestActor): Promise<void> {
    await this.commands.execute(new RetryDeadLetter(id, actor));
  }

  @Delete('dead-letters/:id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Forgotten; 404 PLATFORM.JOB_NOT_FOUND if it is not dead-lettered' })
  async discard(@Param('id') id: string, @RequestActorOf() actor: RequestActor): Promise<void> {
    await this.commands.execute(new DiscardDeadLetter(id, actor));
  }
}
