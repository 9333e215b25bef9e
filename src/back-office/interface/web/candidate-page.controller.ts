import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Roles } from '../../../shared/web/authentication/auth.decorators';
import { GetCandidateOverview } from '../../application/queries/get-candidate-overview/get-candidate-overview.query';
import { actorOf, takeNotice } from './page-notice';

/** One candidate (or third party) for support: account, profile, achievements, connections, enquiries, audit trail. */
@ApiExcludeController()
@Roles('staff')
@Controller('admin/candidates')
export class CandidatePageController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':accountId')
  async candidate(
    @Param('accountId') accountId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const overview = await this.queries.execute(new GetCandidateOverview(accountId, actorOf(req)));
    const name = `${overview.account.firstName} ${overview.account.surname}`;
    res.render('back-office/candidate', {
      title: name,
      breadcrumbs: [{ label: 'Search', href: '/admin/search' }, { label: name }],
      help: [
        'Suspending an account stops it logging in and ends its sessions and API tokens at once. Reinstating lets it log in again.',
        'Connections are shown read-only; looking at them is recorded in the audit trail.',
      ],
      notice: takeNotice(req),
      ...overview,
      canSuspend: overview.account.status === 'active',
      canReinstate: overview.account.status === 'suspended',
      canResendActivation:
        !overview.account.emailVerified && !['rejected', 'suspended'].includes(overview.account.status),
      canSendReset: !['rejected', 'suspended'].includes(overview.account.status),
      isCandidate: overview.account.role === 'candidate',
    });
  }
}
