import { OptionalPageRequest } from '../../../shared/web/validation/page.request';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { RequestActor } from '../../../shared/application/audit-log';
import { RequestActorOf, Roles } from '../../../shared/web/authentication/auth.decorators';
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
import { CatalogueView, GetCatalogue } from '../../application/queries/get-catalogue/get-catalogue.query';
import { ListOrders } from '../../application/queries/list-orders/list-orders.query';
import { StaffOrderView } from '../../application/views/staff-order-view';
import {
  BatchLettersFile,
  RenderBatchLetters,
} from '../../application/queries/render-batch-letters/render-batch-letters.query';
import { ListPrintBatches } from '../../application/queries/list-print-batches/list-print-batches.query';
import { PrintBatchView } from '../../application/views/print-batch-view';
import { Paged } from '../../application/views/ordering-views';
import { percentToBps } from '../../domain/money';
import { CatalogueUpdateRequest, StaffOrdersRequest } from '../dto/ordering.requests';

/** Staff: orders, print batches (fulfilment) and the catalogue. */
@ApiTags('Staff: ordering')
@Roles('staff')
@Controller('api/v1/admin')
export class AdminOrderingController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get('orders')
  @ApiOperation({ summary: 'Orders by status, oldest first (status=paid: waiting for a print batch)' })
  orders(@Query() query: StaffOrdersRequest): Promise<Paged<StaffOrderView>> {
    return this.queries.execute(new ListOrders(query.status, query.page ?? 1, query.pageSize ?? 10));
  }

  @Get('print-batches')
  @ApiOperation({ summary: 'Print batches, newest first' })
  batches(@Query() query: OptionalPageRequest): Promise<Paged<PrintBatchView>> {
    return this.queries.execute(new ListPrintBatches(query.page ?? 1, query.pageSize ?? 10));
  }

  @Post('print-batches')
  @ApiOperation({
    summary: 'Gather every paid order not yet batched into a new print batch (422 ORDERING.NOTHING_TO_BATCH)',
  })
  createBatch(@RequestActorOf() actor: RequestActor): Promise<CreatedPrintBatch> {
    return this.commands.execute(new CreatePrintBatch(actor));
  }

  @Get('print-batches/:id/export.csv')
  @ApiProduces('text/csv')
  @ApiOperation({
    summary: "The print house's CSV: one row per document with the delivery address and service",
  })
  async exportBatch(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const file: PrintBatchExport = await this.queries.execute(new ExportPrintBatch(id));
    res.status(200).type('text/csv; charset=utf-8').attachment(file.filename).send(file.csv);
  }

  @Get('print-batches/:id/letters.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary: "The batch's proof of qualification letters as one PDF, a page each (422 when it has none)",
  })
  async letters(@Param('id') id: string, @Res() res: Response): Promise<void> {
    const file: BatchLettersFile = await this.queries.execute(new RenderBatchLetters(id));
    res.status(200).type('application/pdf').attachment(file.filename).send(file.pdf);
  }

  @Get('print-batches/:id/certificates/:certificateNumber/ecertificate.pdf')
  @ApiProduces('application/pdf')
  @ApiOperation({
    summary: 'The eCertificate of a certificate reprint in the batch (422 before 1 November 2017)',
  })
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
  @HttpCode(200)
  @ApiOperation({
    summary: 'The batch is printed and posted: its orders are dispatched and candidates emailed',
  })
  dispatch(
    @Param('id') id: string,
    @RequestActorOf() actor: RequestActor,
  ): Promise<{ batchId: string; dispatchedOrders: number }> {
    return this.commands.execute(new DispatchPrintBatch(id, actor));
  }

  @Get('catalogue')
  catalogue(): Promise<CatalogueView> {
    return this.queries.execute(new GetCatalogue());
  }

  @Put('catalogue')
  @ApiOperation({
    summary: 'Change names, prices (VAT-inclusive pence) and VAT rates; placed orders keep their prices',
  })
  async updateCatalogue(
    @Body() body: CatalogueUpdateRequest,
    @RequestActorOf() actor: RequestActor,
  ): Promise<CatalogueView> {
    const entry = (e: CatalogueUpdateRequest['products'][number]) => ({
      code: e.code,
      name: e.name,
      pricePence: e.price.amountPence,
      vatRateBps: percentToBps(e.vatRate),
    });
    await this.commands.execute(
      new UpdateCatalogue(body.products.map(entry), body.deliveryOptions.map(entry), actor),
    );
    return this.queries.execute(new GetCatalogue());
  }
}
