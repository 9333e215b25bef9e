import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { Roles } from '../../../shared/web/authentication/auth.decorators';
import {
  SearchBackOffice,
  SearchResults,
} from '../../application/queries/search-back-office/search-back-office.query';

class SearchRequest {
  /** Any length is accepted and only the first 100 characters are used: a long paste is not an error. */
  @IsOptional()
  @IsString()
  q?: string;
}

@ApiTags('Staff')
@Roles('staff')
@Controller('api/v1/admin/search')
export class AdminSearchController {
  constructor(private readonly queries: QueryBus) {}

  @Get()
  @ApiOperation({
    summary:
      'Candidates (number, name, email, date of birth) and achievements (certificate number, qualification number, title) matching q',
  })
  @ApiOkResponse()
  search(@Query() query: SearchRequest): Promise<SearchResults> {
    return this.queries.execute(new SearchBackOffice(query.q ?? ''));
  }
}
