import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { SettlePayment } from '../../application/commands/settle-payment/settle-payment.command';
import { NotificationAnswer } from '../../application/ports/payment-gateway';
import { opayoNotificationFields } from '../dto/opayo-notification.form';

/** The payment provider's server-to-server notifications; answered in the provider's own format. */
@ApiTags('Ordering')
@Controller('api/v1/payments')
export class PaymentNotificationsController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':provider/notifications')
  @HttpCode(200)
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOperation({ summary: 'Signed payment notification (Opayo Server 4.00); idempotent' })
  async notify(
    @Param('provider') provider: string,
    // Untyped on purpose: the global pipe would refuse a field Opayo adds with a 400 Opayo cannot read.
    @Body() body: Record<string, unknown>,
    @Res() res: Response,
  ): Promise<void> {
    const answer: NotificationAnswer = await this.commands.execute(
      new SettlePayment(provider, opayoNotificationFields(body)),
    );
    res.status(200).type(answer.contentType).send(answer.body);
  }
}
