import { Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '../../../shared/domain';
import { Roles } from '../../../shared/web/authentication/auth.decorators';
import { DiscardDeadLetter } from '../../application/commands/discard-dead-letter/discard-dead-letter.command';
import { RetryDeadLetter } from '../../application/commands/retry-dead-letter/retry-dead-letter.command';
import { GetJobsOverview } from '../../application/queries/get-jobs-overview/get-jobs-overview.query';
import { ListDeadLetters } from '../../application/queries/list-dead-letters/list-dead-letters.query';
import { actorOf, positiveInt, saveSession, takeNotice } from './page-notice';

const PAGE_SIZE = 25;

/** Queue and outbox health, and the dead-lettered jobs with retry and discard (both audited). */
@ApiExcludeController()
@Roles('staff')
@Controller('admin/jobs')
export class JobsPagesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  async list(@Query('page') pageParam: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    const page = positiveInt(pageParam, 1, 10_000);
    const [{ counts, queue: health, outbox: backlog }, deadLetters] = await Promise.all([
      this.queries.execute(new GetJobsOverview()),
      this.queries.execute(new ListDeadLetters((page - 1) * PAGE_SIZE, PAGE_SIZE + 1)),
    ]);
    res.render('back-office/jobs', {
      title: 'Jobs',
      breadcrumbs: [{ label: 'Jobs' }],
      help: [
        'Emails and other work leave the web pages through the outbox and run as queued jobs. A job that fails is retried a few times; after its last attempt it is dead-lettered here.',
        'Retry gives a dead-lettered job one more attempt (after fixing its cause, such as the mail server). Discard forgets it for good. Both are recorded in the audit trail.',
      ],
      notice: takeNotice(req),
      counts,
      health,
      backlog,
      deadLetters: deadLetters
        .slice(0, PAGE_SIZE)
        .map((job) => ({ ...job, payloadText: JSON.stringify(job.payload).slice(0, 300) })),
      previousHref: page > 1 ? `/admin/jobs?page=${page - 1}` : undefined,
      nextHref: deadLetters.length > PAGE_SIZE ? `/admin/jobs?page=${page + 1}` : undefined,
    });
  }

  @Post('dead-letters/:id/retry')
  retry(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.act(req, res, new RetryDeadLetter(id, actorOf(req)), 'The job will be tried again.');
  }

  @Post('dead-letters/:id/discard')
  discard(@Param('id') id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    return this.act(req, res, new DiscardDeadLetter(id, actorOf(req)), 'The job was discarded.');
  }

  private async act(
    req: Request,
    res: Response,
    command: RetryDeadLetter | DiscardDeadLetter,
    done: string,
  ): Promise<void> {
    try {
      await this.commands.execute(command);
      req.session.notice = done;
    } catch (error) {
      // Someone else retried or discarded it first.
      if (!(error instanceof DomainError) || error.kind !== 'not_found') throw error;
      req.session.notice = 'That job is no longer dead-lettered.';
    }
    await saveSession(req);
    res.redirect(303, '/admin/jobs');
  }
}
