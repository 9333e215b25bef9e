import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBody, ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { RequestActor } from '../../../shared/application/audit-log';
import { RequestActorOf, Roles } from '../../../shared/web/authentication/auth.decorators';
import { CorrectAchievement } from '../../application/commands/correct-achievement/correct-achievement.command';
import { ImportAchievements } from '../../application/commands/import-achievements/import-achievements.command';
import { ImportReport } from '../../application/views/import-report';
import { ReplyToEnquiry } from '../../application/commands/reply-to-enquiry/reply-to-enquiry.command';
import { RevokeAchievement } from '../../application/commands/revoke-achievement/revoke-achievement.command';
import { GetAchievement } from '../../application/queries/get-achievement/get-achievement.query';
import { GetEnquiry } from '../../application/queries/get-enquiry/get-enquiry.query';
import { ListEnquiries } from '../../application/queries/list-enquiries/list-enquiries.query';
import { DocumentCard } from '../../application/views/document-card';
import { EnquiryView } from '../../application/views/enquiry-view';
import { EnquiryStatus } from '../../domain/enquiry';
import {
  CorrectAchievementDto,
  EnquiryQueueQueryDto,
  ReplyToEnquiryDto,
  RevokeAchievementDto,
} from '../dto/achievement.dto';
import { importRowsOf } from './import-body';

/** Staff keep achievement records and answer enquiries (api.md "Staff"). Every change is audited. */
@ApiTags('Staff: achievements')
@Roles('staff')
@Controller('api/v1/admin')
export class AdminAchievementsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('achievements/imports')
  @HttpCode(200)
  @ApiConsumes('text/csv', 'application/json')
  @ApiBody({
    description:
      'CSV with a header row (units as a JSON array in the units column), or a JSON array of achievements',
  })
  @ApiOperation({
    summary: 'Import achievements, idempotently by certificate number; every rejected row is reported',
  })
  import(@Req() req: Request, @RequestActorOf() actor: RequestActor): Promise<ImportReport> {
    return this.commands.execute(new ImportAchievements(importRowsOf(req), actor, 'api'));
  }

  @Get('achievements/:certificateNumber')
  @ApiOperation({ summary: 'One achievement with its verification code and revocation' })
  achievement(@Param('certificateNumber') certificateNumber: string) {
    return this.queries.execute(new GetAchievement(certificateNumber));
  }

  @Patch('achievements/:certificateNumber')
  @ApiOperation({ summary: 'Correct details of one achievement (null clears an optional field)' })
  correct(
    @Param('certificateNumber') certificateNumber: string,
    @Body() body: CorrectAchievementDto,
    @RequestActorOf() actor: RequestActor,
  ): Promise<DocumentCard> {
    const { reason, ...fields } = body;
    const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    return this.commands.execute(new CorrectAchievement(certificateNumber, changes, actor, reason));
  }

  @Post('achievements/:certificateNumber/revocation')
  @HttpCode(200)
  @ApiOperation({ summary: 'Revoke one achievement: it stops verifying and being shared' })
  revoke(
    @Param('certificateNumber') certificateNumber: string,
    @Body() body: RevokeAchievementDto,
    @RequestActorOf() actor: RequestActor,
  ): Promise<DocumentCard> {
    return this.commands.execute(new RevokeAchievement(certificateNumber, body.reason, actor));
  }

  @Get('enquiries')
  @ApiOperation({ summary: 'The enquiry queue (status open by default; "all" for every status)' })
  enquiries(@Query() query: EnquiryQueueQueryDto) {
    const status = query.status === 'all' ? undefined : ((query.status ?? 'open') as EnquiryStatus);
    return this.queries.execute(new ListEnquiries(status, query.page ?? 1, query.pageSize ?? 10));
  }

  @Get('enquiries/:id')
  enquiry(@Param('id') id: string) {
    return this.queries.execute(new GetEnquiry(id));
  }

  @Post('enquiries/:id/replies')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reply to an enquiry (the candidate is emailed); resolve: true closes it' })
  reply(
    @Param('id') id: string,
    @Body() body: ReplyToEnquiryDto,
    @RequestActorOf() actor: RequestActor,
  ): Promise<EnquiryView> {
    return this.commands.execute(
      new ReplyToEnquiry(id, body.message, body.resolve ?? false, {
        accountId: actor.accountId!,
        ip: actor.ip,
      }),
    );
  }
}
