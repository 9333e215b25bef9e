import {
  Body,
  NotFoundException,
  Controller,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { DomainError } from '../../../shared/domain';
import { Roles } from '../../../shared/web/authentication/auth.decorators';
import { validateForm } from '../../../shared/web/forms/validate-form';
import type { FieldProblem } from '../../../shared/web/validation/validation-messages';
import { paginationView } from '../../../shared/web/views/view-models';
import { ImportRecordsFile } from '../../application/commands/import-records-file/import-records-file.command';
import { GetRecordImport } from '../../application/queries/get-record-import/get-record-import.query';
import { ListRecordImports } from '../../application/queries/list-record-imports/list-record-imports.query';
import { RECORD_KINDS, RecordImport, RecordKind } from '../../domain/record-import';
import { RECORD_COLUMNS, SAMPLE_FILE_NAMES, sampleCsv } from './record-columns';
import { rejectedRowsCsv } from './report-csv';
import { actorOf } from './page-notice';
import { RecordImportForm, RecordsPageQuery } from './back-office-forms';

/** As the API takes: a file this size already holds tens of thousands of rows. */
const UPLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

const KIND_LABELS: Record<RecordKind, string> = {
  'candidate-records': 'Candidate records',
  achievements: 'Achievements',
};

const HELP = [
  'Upload a CSV file of candidate records (headings candidateNumber, firstName, surname, dateOfBirth, email, telephone) or of achievements (certificateNumber, kind, title, qualificationNumber, candidateNumber, fullName, grade, issueDate, centre, expiryDate, description).',
  'Importing is safe to repeat: known numbers are updated, new ones added. Rows that cannot be used are listed with the reason (and can be downloaded as CSV); the others are still imported.',
];

/** The Records page: upload either kind of CSV, read its report, and the history of imports. */
@ApiExcludeController()
@Roles('staff')
@Controller('admin/records')
export class RecordsPagesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  async page(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    await this.render(res, 200, query, {});
  }

  @Post()
  @HttpCode(200)
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: UPLOAD_LIMIT_BYTES, files: 1 } }))
  async upload(
    @Req() req: Request,
    @Res() res: Response,
    @Body() body: Record<string, unknown>,
    @UploadedFile() file?: { buffer: Buffer; originalname: string },
  ): Promise<void> {
    const form = await validateForm(RecordImportForm, body);
    const errors: FieldProblem[] = form.ok ? [] : form.errors;
    if (!file || file.buffer.length === 0)
      errors.push({ field: 'file', message: 'Choose a CSV file to import' });
    const values = { kind: form.ok ? form.value.kind : '' };
    if (!form.ok || !file || errors.length > 0) return this.render(res, 400, {}, { values, errors });
    try {
      const { importId } = await this.commands.execute(
        new ImportRecordsFile(form.value.kind, file.originalname, file.buffer.toString('utf8'), actorOf(req)),
      );
      res.redirect(303, `/admin/records/${importId}`);
    } catch (error) {
      if (!(error instanceof DomainError) || error.kind !== 'invalid') throw error;
      const details = error.details.map((d) => (d.field ? `${d.field}: ${d.message}` : d.message)).join('; ');
      return this.render(
        res,
        400,
        {},
        {
          values,
          errors: [{ field: 'file', message: details ? `${error.message} ${details}` : error.message }],
        },
      );
    }
  }

  /** A sample file of either kind (e.g. samples/achievements.csv), made from the same columns as the page's table. */
  @Get('samples/:file')
  sample(@Param('file') file: string, @Res() res: Response): void {
    const kind = RECORD_KINDS.find((k) => `${k}.csv` === file);
    if (!kind) throw new NotFoundException('There is no such sample file');
    res.type('text/csv; charset=utf-8').attachment(SAMPLE_FILE_NAMES[kind]).send(sampleCsv(kind));
  }

  @Get(':id')
  async report(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const report = await this.queries.execute(new GetRecordImport(id));
    res.render('back-office/record-import', {
      title: `Import of ${report.fileName}`,
      breadcrumbs: [{ label: 'Records', href: '/admin/records' }, { label: report.fileName }],
      help: HELP,
      report: view(report),
    });
  }

  @Get(':id/rejected.csv')
  async rejectedCsv(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const report = await this.queries.execute(new GetRecordImport(id));
    res
      .type('text/csv; charset=utf-8')
      .attachment(`rejected-rows-${report.id}.csv`)
      .send(rejectedRowsCsv(report.rejected));
  }

  private async render(
    res: Response,
    status: number,
    query: Record<string, unknown>,
    model: { values?: object; errors?: FieldProblem[] },
  ): Promise<void> {
    // Paging never fails (see RecordsPageQuery), so the form is always ok here.
    const paging = await validateForm(RecordsPageQuery, query);
    const { page, pageSize } = paging.ok ? paging.value : { page: 1, pageSize: 10 };
    const history = await this.queries.execute(new ListRecordImports(page, pageSize));
    res.status(status).render('back-office/records', {
      title: 'Records',
      breadcrumbs: [{ label: 'Records' }],
      help: HELP,
      kinds: RECORD_KINDS.map((value) => ({ value, label: KIND_LABELS[value] })),
      formats: RECORD_KINDS.map((value) => ({
        label: KIND_LABELS[value],
        sampleHref: `/admin/records/samples/${value}.csv`,
        sampleName: SAMPLE_FILE_NAMES[value],
        columns: RECORD_COLUMNS[value],
      })),
      history: history.items.map(view),
      pagination: paginationView(history, '/admin/records', query),
      ...model,
    });
  }
}

function view(entry: RecordImport) {
  return { ...entry, kindLabel: KIND_LABELS[entry.kind], rejectedCount: entry.rejected.length };
}
