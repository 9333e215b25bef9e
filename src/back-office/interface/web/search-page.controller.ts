import { Controller, Get, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../../../shared/web/authentication/auth.decorators';
import { SearchBackOffice } from '../../application/queries/search-back-office/search-back-office.query';

/** What the search box keeps: longer input is cut (the handlers cut it again; this keeps the page small). */
const MAX_SHOWN_TERM = 100;

@ApiExcludeController()
@Roles('staff')
@Controller('admin/search')
export class SearchPageController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  async search(@Query('q') q: unknown, @Res() res: Response): Promise<void> {
    const term = (typeof q === 'string' ? q : '').trim().slice(0, MAX_SHOWN_TERM);
    const results = term ? await this.queries.execute(new SearchBackOffice(term)) : null;
    res.render('back-office/search', {
      title: term ? `Search results for ${term}` : 'Search',
      breadcrumbs: [{ label: 'Search' }],
      help: [
        'Type at least two characters: a candidate number, a name, an email address or a date of birth (like 10 December 1990, 10/12/1990 or 1990-12-10), or a certificate number, qualification number or qualification title.',
        'Up to 20 candidates and 20 achievements are shown; make the search more precise to narrow them.',
      ],
      values: { q: term },
      term,
      results,
      tooShort: term.length === 1,
    });
  }
}
