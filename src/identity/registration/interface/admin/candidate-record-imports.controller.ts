import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { RequestActor } from '../../../../shared/application/audit-log';
import { DomainError, InvalidInputError } from '../../../../shared/domain';
import { RequestActorOf, Roles } from '../../../../shared/web/authentication/auth.decorators';
import {
  ImportCandidateRecords,
  ImportReport,
} from '../../application/commands/import-candidate-records/import-candidate-records.command';

@ApiTags('Staff')
@Roles('staff')
@Controller('api/v1/admin/candidate-records/imports')
export class CandidateRecordImportsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Import candidate records (CSV or a JSON array), idempotently by candidate number',
    description:
      'CSV headings: candidateNumber, firstName, surname, dateOfBirth, email, telephone (case and spacing ignored). ' +
      'Dates as 2001-02-28 or 28/02/2001. Each rejected row is reported with its reason; the others load. ' +
      '`row` counts records from 1 (the first line after the CSV heading).',
  })
  @ApiConsumes('text/csv', 'application/json')
  @ApiBody({
    schema: {
      oneOf: [
        { type: 'string', description: 'CSV with a heading row' },
        {
          type: 'array',
          items: {
            type: 'object',
            required: ['candidateNumber', 'firstName', 'surname', 'dateOfBirth'],
            properties: {
              candidateNumber: { type: 'string' },
              firstName: { type: 'string' },
              surname: { type: 'string' },
              dateOfBirth: { type: 'string', format: 'date' },
              email: { type: 'string' },
              telephone: { type: 'string' },
            },
          },
        },
      ],
    },
  })
  @ApiOkResponse({ description: '{created, updated, unchanged, rejected: [{row, reason}]}' })
  async import(
    @Req() req: Request,
    @Body() body: unknown,
    @RequestActorOf() actor: RequestActor,
  ): Promise<ImportReport> {
    if (req.is('text/csv') || req.is('application/csv')) {
      if (typeof body !== 'string')
        throw new InvalidInputError('IDENTITY.IMPORT_UNREADABLE', 'The CSV file is empty.');
      return this.commands.execute(new ImportCandidateRecords({ format: 'csv', text: body }, actor));
    }
    if (req.is('application/json')) {
      if (!Array.isArray(body))
        throw new InvalidInputError('IDENTITY.IMPORT_UNREADABLE', 'Send a JSON array of candidate records.');
      return this.commands.execute(new ImportCandidateRecords({ format: 'json', rows: body }, actor));
    }
    throw new DomainError(
      'IDENTITY.IMPORT_MEDIA_TYPE',
      'Send the records as text/csv or as a JSON array (application/json).',
      'unsupported_media',
    );
  }
}
