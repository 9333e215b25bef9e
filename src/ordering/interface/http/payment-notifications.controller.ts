import {
  Body,
  Controller,
  HttpCode,
  Inject,
  Logger,
  NotFoundException,
  Param,
  Post,
  Res,
} from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { SettlePayment } from '../../application/commands/settle-payment/settle-payment.command';
import { NotificationAnswer, PaymentGateway } from '../../application/ports/payment-gateway';
import { OrderingSettings } from '../../application/ports/ordering-settings';

/** The payment provider's server-to-server notifications; answered in the provider's own format. */
@ApiTags('Ordering')
@Controller('api/v1/payments')
export class PaymentNotificationsController {
  private readonly logger = new Logger(PaymentNotificationsController.name);

  constructor(
    private readonly commands: CommandBus,
    private readonly gateway: PaymentGateway,
    @Inject(OrderingSettings) private readonly settings: OrderingSettings,
  ) {}

  @Post(':provider/notifications')
  @HttpCode(200)
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({ summary: 'Signed payment notification (Opayo Server 4.00); idempotent' })
  async notify(
    @Param('provider') provider: string,
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    if (provider !== this.gateway.provider) throw new NotFoundException();
    const fields: Record<string, string> = {};
    for (const [name, value] of Object.entries(body ?? {}))
      if (typeof value === 'string') fields[name] = value;
    let answer: NotificationAnswer;
    try {
      answer = await this.commands.execute(new SettlePayment(fields));
    } catch (error) {
      // Our fault (e.g. the database is down): say ERROR in the provider's format, so it shows the buyer
      // its own error page rather than a payment that looks taken; the order stays payable.
      this.logger.error(
        `Payment notification for ${fields.VendorTxCode ?? 'an unknown transaction'} failed: ${error instanceof Error ? error.message : error}`,
      );
      answer = this.gateway.answer(
        'error',
        `${this.settings.publicUrl}/orders`,
        'The notification could not be processed.',
      );
    }
    res.status(200).type(answer.contentType).send(answer.body);
  }
}
