import { Controller, Get, Req, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Roles } from '../../../shared/web/authentication/auth.decorators';
import { GetStaffHome } from '../../application/queries/get-staff-home/get-staff-home.query';
import { takeNotice } from './page-notice';

/** The staff home: the work waiting, each a count and a link, and the search box. */
@ApiExcludeController()
@Roles('staff')
@Controller('admin')
export class StaffHomePageController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  async home(@Req() req: Request, @Res() res: Response): Promise<void> {
    const work = await this.queries.execute(new GetStaffHome());
    res.render('back-office/home', {
      title: 'Staff home',
      breadcrumbs: [{ label: 'Staff home' }],
      help: [
        'The numbers show the work waiting. Select one to go to its queue.',
        'Search finds candidates by candidate number, name, email or date of birth, and achievements by certificate number, qualification number or title. Every staff action is recorded in the audit trail.',
      ],
      notice: takeNotice(req),
      work,
    });
  }
}
