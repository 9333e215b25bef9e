import { Body, Controller, Get, Param, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequestActor } from '../../../shared/application/audit-log';
import { RequestActorOf, Roles } from '../../../shared/web/authentication/auth.decorators';
import { validateForm } from '../../../shared/web/forms/validate-form';
import { paginationView, pagingOf } from '../../../shared/web/views/view-models';
import {
  CreatedPrintBatch,
  CreatePrintBatch,
} from '../../application/commands/create-print-batch/create-print-batch.command';
import { DispatchPrintBatch } from '../../application/commands/dispatch-print-batch/dispatch-print-batch.command';
import { UpdateCatalogue } from '../../application/commands/update-catalogue/update-catalogue.command';
import {
  ExportPrintBatch,
  PrintBatchExport,
} from '../../application/queries/export-print-batch/export-print-batch.query';
import {
  BatchCertificateFile,
  GetBatchCertificate,
} from '../../application/queries/get-batch-certificate/get-batch-certificate.query';
import { GetAccountNames } from '../../application/queries/get-account-names/get-account-names.query';
import { GetReprintAvailability } from '../../application/queries/get-reprint-availability/get-reprint-availability.query';
import { CatalogueView, GetCatalogue } from '../../application/queries/get-catalogue/get-catalogue.query';
import { GetPrintBatch } from '../../application/queries/get-print-batch/get-print-batch.query';
import { ListOrders } from '../../application/queries/list-orders/list-orders.query';
import { StaffOrderView } from '../../application/views/staff-order-view';
import {
  BatchLettersFile,
  RenderBatchLetters,
} from '../../application/queries/render-batch-letters/render-batch-letters.query';
import { ListPrintBatches } from '../../application/queries/list-print-batches/list-print-batches.query';
import { PrintBatchView } from '../../application/views/print-batch-view';
import { Paged } from '../../application/views/ordering-views';
import { NothingToBatchError } from '../../domain/ordering.errors';
import { FieldError, formErrorsFrom } from '../web/page-errors';
import { CatalogueForm } from './catalogue.form';

const STAFF_HOME = { label: 'Staff Home', href: '/admin' };

/** Staff pages: paid orders waiting for print, print batches (CSV, dispatch) and the catalogue. */
@ApiExcludeController()
@Roles('staff')
@Controller('admin')
export class AdminOrderingPagesController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get('orders')
  async orders(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    await this.renderOrders(res, query, []);
  }

  @Post('print-batches')
  async createBatch(@RequestActorOf() actor: RequestActor, @Res() res: Response): Promise<void> {
    try {
      const batch: CreatedPrintBatch = await this.commands.execute(new CreatePrintBatch(actor));
      res.redirect(303, `/admin/print-batches/${batch.batchId}`);
    } catch (error) {
      if (!(error instanceof NothingToBatchError)) throw error;
      res.status(422);
      await this.renderOrders(res, {}, [{ message: error.message }]);
    }
  }

  @Get('print-batches')
  async batches(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const { page, pageSize } = pagingOf(query);
    let batches: Paged<PrintBatchView> = await this.queries.execute(new ListPrintBatches(page, pageSize));
    // A page past the end shows the last page, not "Page 99 of 2" above an empty list.
    if (page > batches.totalPages)
      batches = await this.queries.execute(new ListPrintBatches(batches.totalPages, pageSize));
    const names: Map<string, string> = await this.queries.execute(
      new GetAccountNames(batches.items.map((b) => b.createdBy).filter((id): id is string => id !== null)),
    );
    res.render('ordering/admin-print-batches', {
      title: 'Print batches',
      breadcrumbs: [STAFF_HOME, { label: 'Print batches' }],
      help: [
        "Every print batch, newest first. Download a batch's CSV for the print house, its proof of qualification letters and certificates to reprint; when it has been posted, mark it dispatched. Paid orders waiting for a batch are on the Orders page.",
      ],
      batches: batches.items.map((b) => ({
        ...b,
        createdByName: b.createdBy ? (names.get(b.createdBy) ?? 'A staff member') : 'The command line',
      })),
      pagination: paginationView(batches, '/admin/print-batches', query),
    });
  }

  @Get('print-batches/:id')
  async batch(
    @Param('id') id: string,
    @Query('dispatched') dispatched: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const { batch, orders }: { batch: PrintBatchView; orders: StaffOrderView[] } = await this.queries.execute(
      new GetPrintBatch(id),
    );
    const reprints = orders.flatMap((o) => o.items.filter((i) => i.product === 'certificate-reprint'));
    const available: Map<string, boolean> = await this.queries.execute(
      new GetReprintAvailability(reprints.map((r) => r.certificateNumber)),
    );
    const certificates = reprints.map((r) => ({
      certificateNumber: r.certificateNumber,
      title: r.qualificationTitle,
      available: available.get(r.certificateNumber) ?? false,
    }));
    res.render('ordering/admin-print-batch', {
      title: `Print batch ${batch.number}`,
      breadcrumbs: [
        STAFF_HOME,
        { label: 'Print batches', href: '/admin/print-batches' },
        { label: `Print batch ${batch.number}` },
      ],
      help: [
        'Download the CSV for the print house. When the batch has been printed and posted, mark it dispatched: each candidate is emailed.',
      ],
      batch,
      orders,
      certificates,
      hasLetters: orders.some((o: StaffOrderView) => o.items.some((i) => i.product === 'poq-letter')),
      dispatched: dispatched === '1',
    });
  }

  @Get('print-batches/:id/export.csv')
  async exportBatch(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const file: PrintBatchExport = await this.queries.execute(new ExportPrintBatch(id));
    res.status(200).type('text/csv; charset=utf-8').attachment(file.filename).send(file.csv);
  }

  @Get('print-batches/:id/letters.pdf')
  async letters(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const file: BatchLettersFile = await this.queries.execute(new RenderBatchLetters(id));
    res.status(200).type('application/pdf').attachment(file.filename).send(file.pdf);
  }

  @Get('print-batches/:id/certificates/:certificateNumber/ecertificate.pdf')
  async certificate(
    @Param('id') id: string,
    @Param('certificateNumber') certificateNumber: string,
    @Res() res: Response,
  ): Promise<void> {
    const file: BatchCertificateFile = await this.queries.execute(
      new GetBatchCertificate(id, certificateNumber),
    );
    res.status(200).type('application/pdf').attachment(file.filename).send(file.pdf);
  }

  @Post('print-batches/:id/dispatch')
  async dispatch(
    @Param('id') id: string,
    @RequestActorOf() actor: RequestActor,
    @Res() res: Response,
  ): Promise<void> {
    await this.commands.execute(new DispatchPrintBatch(id, actor));
    res.redirect(303, `/admin/print-batches/${encodeURIComponent(id)}?dispatched=1`);
  }

  @Get('catalogue')
  async catalogue(@Query('saved') saved: string | undefined, @Res() res: Response): Promise<void> {
    await this.renderCatalogue(res, null, [], saved === '1');
  }

  @Post('catalogue')
  async saveCatalogue(
    @Body() body: Record<string, unknown>,
    @RequestActorOf() actor: RequestActor,
    @Res() res: Response,
  ): Promise<void> {
    const current: CatalogueView = await this.queries.execute(new GetCatalogue());
    const form = await validateForm(CatalogueForm, CatalogueForm.input(body, current));
    const errors: FieldError[] = form.ok
      ? []
      : form.errors.map(({ field, message }) => ({ field: CatalogueForm.pageField(field), message }));
    if (form.ok) {
      const products = form.value.products.map((entry) => entry.toChange());
      const deliveryOptions = form.value.deliveryOptions.map((entry) => entry.toChange());
      try {
        await this.commands.execute(new UpdateCatalogue(products, deliveryOptions, actor));
        return res.redirect(303, '/admin/catalogue?saved=1');
      } catch (error) {
        const problems = formErrorsFrom(error);
        if (!problems) throw error;
        errors.push(...problems);
      }
    }
    res.status(400);
    await this.renderCatalogue(res, body, errors, false);
  }

  private async renderOrders(
    res: Response,
    query: Record<string, unknown>,
    errors: FieldError[],
  ): Promise<void> {
    const { page, pageSize } = pagingOf(query);
    const orders: Paged<StaffOrderView> = await this.queries.execute(new ListOrders('paid', page, pageSize));
    const batches: Paged<PrintBatchView> = await this.queries.execute(new ListPrintBatches(1, 10));
    res.render('ordering/admin-orders', {
      title: 'Orders to print',
      breadcrumbs: [STAFF_HOME, { label: 'Orders' }],
      help: [
        'Paid orders waiting to be printed, oldest first. Create a print batch to gather them all for the print house.',
      ],
      orders: orders.items,
      pagination: paginationView(orders, '/admin/orders', query),
      batches: batches.items,
      errors,
    });
  }

  private async renderCatalogue(
    res: Response,
    values: Record<string, unknown> | null,
    errors: FieldError[],
    saved: boolean,
  ): Promise<void> {
    const catalogue: CatalogueView = await this.queries.execute(new GetCatalogue());
    const row = (kind: string) => (entry: CatalogueView['products'][number], index: number) => ({
      ...entry,
      nameField: `${kind}-${index}-name`,
      priceField: `${kind}-${index}-price`,
      vatField: `${kind}-${index}-vatRate`,
    });
    const kept: Record<string, unknown> = values ?? {};
    if (!values) {
      catalogue.products.forEach((p, i) =>
        Object.assign(kept, {
          [`products-${i}-name`]: p.name,
          [`products-${i}-price`]: (p.price.amountPence / 100).toFixed(2),
          [`products-${i}-vatRate`]: String(p.vatRate),
        }),
      );
      catalogue.deliveryOptions.forEach((o, i) =>
        Object.assign(kept, {
          [`deliveryOptions-${i}-name`]: o.name,
          [`deliveryOptions-${i}-price`]: (o.price.amountPence / 100).toFixed(2),
          [`deliveryOptions-${i}-vatRate`]: String(o.vatRate),
        }),
      );
    }
    res.render('ordering/admin-catalogue', {
      title: 'Prices and delivery',
      breadcrumbs: [STAFF_HOME, { label: 'Prices and delivery' }],
      help: [
        'Prices include VAT. A change applies to baskets and new orders at once; orders already placed keep the prices they were placed at.',
      ],
      products: catalogue.products.map(row('products')),
      deliveryOptions: catalogue.deliveryOptions.map(row('deliveryOptions')),
      values: kept,
      errors,
      saved,
    });
  }
}
