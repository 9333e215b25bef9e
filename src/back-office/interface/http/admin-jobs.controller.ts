import { Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestActor } from '../../../shared/application/audit-log';
import { JobQueue } from '../../../shared/application/job-queue';
import { RequestActorOf, Roles } from '../../../shared/web/authentication/auth.decorators';
import { DiscardDeadLetter } from '../../application/commands/discard-dead-letter/discard-dead-letter.command';
import { RetryDeadLetter } from '../../application/commands/retry-dead-letter/retry-dead-letter.command';
import { OutboxBacklog } from '../../application/ports/outbox-backlog';
import { PageRequest } from '../../../shared/web/validation/page.request';

/** Queue and outbox health for operators and staff; dead letters can be retried or discarded (audited). */
@ApiTags('Staff')
@Roles('staff')
@Controller('api/v1/admin/jobs')
export class AdminJobsController {
  constructor(
    private readonly jobs: JobQueue,
    private readonly outbox: OutboxBacklog,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'Job counts (waiting, active, delayed, failed = dead-lettered, completed), queue health and the outbox backlog',
  })
  @ApiOkResponse()
  async health() {
    const [counts, queue, outbox] = await Promise.all([
      this.jobs.counts(),
      this.jobs.health(),
      this.outbox.pending(),
    ]);
    return { counts, queue, outbox };
  }

  @Get('dead-letters')
  @ApiOperation({ summary: 'Dead-lettered jobs, newest first' })
  async deadLetters(@Query() query: PageRequest) {
    const items = await this.jobs.deadLetters({
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
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
