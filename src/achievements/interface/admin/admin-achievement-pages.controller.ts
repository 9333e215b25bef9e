import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequestActor } from '../../../shared/application/audit-log';
import { DomainError } from '../../../shared/domain';
import { RequestActorOf, Roles } from '../../../shared/web/authentication/auth.decorators';
import { problemsOf, validateForm } from '../../../shared/web/forms/validate-form';
import { CorrectAchievement } from '../../application/commands/correct-achievement/correct-achievement.command';
import { RevokeAchievement } from '../../application/commands/revoke-achievement/revoke-achievement.command';
import { GetAchievement } from '../../application/queries/get-achievement/get-achievement.query';
import { formatBritishDate } from '../../../shared/infrastructure/templating/format-helpers';
import {
  AchievementPageQuery,
  CorrectAchievementForm,
  RevokeAchievementForm,
} from '../dto/achievement-forms.dto';

type Problems = Array<{ field: string; message: string }>;

const NOTICES: Record<NonNullable<AchievementPageQuery['done']>, string> = {
  corrected: 'The details are corrected. Its documents are made again from the new details.',
  revoked: 'The achievement is revoked. It no longer verifies and can no longer be shared.',
};

/**
 * One achievement for staff: its details, a form to correct them and one to revoke it (with a second
 * step to confirm). The same commands as the staff API, so the audit trail reads the same.
 */
@ApiExcludeController()
@Roles('staff')
@Controller('admin/achievements')
export class AdminAchievementPagesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get(':certificateNumber')
  async show(
    @Param('certificateNumber') certificateNumber: string,
    @Query() query: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const page = await validateForm(AchievementPageQuery, query);
    const notice = page.ok && page.value.done ? NOTICES[page.value.done] : undefined;
    await this.render(res, certificateNumber, { notice });
  }

  @Post(':certificateNumber/correction')
  async correct(
    @Param('certificateNumber') certificateNumber: string,
    @Body() body: Record<string, unknown>,
    @RequestActorOf() actor: RequestActor,
    @Res() res: Response,
  ): Promise<void> {
    // The dates are read as people write them (14 3 2018, 14 March 2018); every problem is shown at once.
    const form = await validateForm(CorrectAchievementForm, body);
    if (!form.ok) {
      res.status(400);
      return this.render(res, certificateNumber, { values: body, errors: form.errors });
    }
    const { correctionReason } = form.value;
    try {
      await this.commands.execute(
        new CorrectAchievement(certificateNumber, form.value.changes(), actor, correctionReason),
      );
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'invalid') throw error;
      res.status(400);
      return this.render(res, certificateNumber, { values: body, errors: problemsOf(error) });
    }
    res.redirect(303, `/admin/achievements/${encodeURIComponent(certificateNumber)}?done=corrected`);
  }

  @Post(':certificateNumber/revocation')
  async revoke(
    @Param('certificateNumber') certificateNumber: string,
    @Body() body: Record<string, unknown>,
    @RequestActorOf() actor: RequestActor,
    @Res() res: Response,
  ): Promise<void> {
    const form = await validateForm(RevokeAchievementForm, body);
    if (!form.ok) {
      res.status(400);
      return this.render(res, certificateNumber, { values: body, errors: form.errors });
    }
    if (form.value.confirmed !== 'yes') {
      // The second step: nothing is revoked until staff confirm (so nothing was created: 200, not 201).
      const achievement = await this.queries.execute(new GetAchievement(certificateNumber));
      return res.status(200).render('achievements/admin-achievement-revoke', {
        title: `Revoke ${achievement.certificateNumber}?`,
        breadcrumbs: this.crumbs(achievement.certificateNumber, 'Revoke'),
        achievement,
        reason: form.value.reason,
      });
    }
    try {
      await this.commands.execute(new RevokeAchievement(certificateNumber, form.value.reason, actor));
    } catch (error) {
      if (!(error instanceof DomainError) || (error.kind !== 'invalid' && error.kind !== 'conflict'))
        throw error;
      res.status(error.kind === 'invalid' ? 400 : 409);
      return this.render(res, certificateNumber, { values: body, errors: problemsOf(error) });
    }
    res.redirect(303, `/admin/achievements/${encodeURIComponent(certificateNumber)}?done=revoked`);
  }

  private crumbs(certificateNumber: string, last?: string) {
    const page = {
      label: certificateNumber,
      href: `/admin/achievements/${encodeURIComponent(certificateNumber)}`,
    };
    return [
      { label: 'Document Downloads', href: '/admin/documents' },
      last ? page : { label: certificateNumber },
      ...(last ? [{ label: last }] : []),
    ];
  }

  private async render(
    res: Response,
    certificateNumber: string,
    model: { notice?: string; values?: Record<string, unknown>; errors?: Problems },
  ): Promise<void> {
    const achievement = await this.queries.execute(new GetAchievement(certificateNumber));
    res.render('achievements/admin-achievement', {
      title: achievement.title,
      breadcrumbs: this.crumbs(achievement.certificateNumber),
      help: [
        'Correct the details when the awarding records say otherwise: the documents are made again from the new details, and the change is recorded in the audit trail with your reason.',
        'Revoke an achievement that was issued in error: it stops verifying and being shared at once. You are asked to confirm first.',
      ],
      achievement,
      revoked: achievement.status === 'revoked',
      // The forms start with the details as they are; after a refusal, with what was typed.
      values: {
        title: achievement.title,
        fullName: achievement.fullName,
        issueDate: formatBritishDate(achievement.issueDate),
        qualificationNumber: achievement.qualificationNumber ?? '',
        grade: achievement.grade ?? '',
        centre: achievement.centre ?? '',
        expiryDate: achievement.expiryDate ? formatBritishDate(achievement.expiryDate) : '',
        ...model.values,
      },
      notice: model.notice,
      errors: model.errors ?? [],
    });
  }
}
