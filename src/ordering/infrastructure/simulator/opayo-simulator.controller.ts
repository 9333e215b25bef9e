import { Body, Controller, Get, HttpCode, Inject, NotFoundException, Post, Query, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { randomBytes, randomUUID } from 'node:crypto';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { formatOpayoText, parseOpayoText } from '../payment/opayo-format';
import { opayoSignature } from '../payment/opayo-signature';
import { OpayoSimulatorLedger, SIMULATOR_TEST_CARDS } from './opayo-simulator-ledger';
import { SIMULATOR_PAGE_CSS } from './simulator-page-styles';

const BASE = 'simulator/opayo/gateway/service';
const REQUIRED = [
  'VPSProtocol',
  'TxType',
  'Vendor',
  'VendorTxCode',
  'Amount',
  'Currency',
  'Description',
  'NotificationURL',
  'BillingSurname',
  'BillingFirstnames',
  'BillingAddress1',
  'BillingCity',
  'BillingCountry',
];

/**
 * A stand-in for Opayo Server (protocol 4.00) mounted in the app when PAYMENT_PROVIDER=opayo-simulator
 * (never in production: the configuration refuses it). It registers transactions, shows a hosted card
 * page with test cards, posts a signed notification to the NotificationURL and then sends the buyer to
 * the RedirectURL we answered, exactly as Opayo does, so the real adapter runs against it. Unlike Opayo
 * it talks only to this shop: its own notification route and its own PUBLIC_URL.
 */
@ApiExcludeController()
@Controller(BASE)
export class OpayoSimulatorController {
  constructor(
    private readonly ledger: OpayoSimulatorLedger,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private ensureEnabled(): void {
    if (this.config.payment.provider !== 'opayo-simulator') throw new NotFoundException();
  }

  @Post('vspserver-register.vsp')
  @HttpCode(200)
  register(@Body() body: Record<string, string>, @Res() res: Response): void {
    this.ensureEnabled();
    const fields = body ?? {};
    const reply = (answer: Record<string, string>): void => {
      res.type('text/plain').send(formatOpayoText({ VPSProtocol: '4.00', ...answer }));
    };
    const missing = REQUIRED.filter((name) => !fields[name]);
    if (missing.length > 0)
      return reply({ Status: 'MALFORMED', StatusDetail: `3000 : Missing fields: ${missing.join(', ')}` });
    if (fields.VPSProtocol !== '4.00')
      return reply({ Status: 'INVALID', StatusDetail: '3227 : The VPSProtocol must be 4.00.' });
    if (fields.TxType !== 'PAYMENT')
      return reply({ Status: 'INVALID', StatusDetail: '3013 : Only PAYMENT is simulated.' });
    if (fields.Vendor !== this.config.payment.opayoVendor)
      return reply({ Status: 'INVALID', StatusDetail: '4020 : Unknown vendor.' });
    // The simulator runs inside the shop: it calls back only the shop's own notification route, so it
    // cannot be turned into a client that posts wherever a caller asks (server-side request forgery).
    if (fields.NotificationURL !== this.ownNotificationUrl())
      return reply({
        Status: 'INVALID',
        StatusDetail: "3100 : The NotificationURL must be this shop's own notification route.",
      });
    if (fields.Currency !== 'GBP' || !/^\d+\.\d{2}$/.test(fields.Amount))
      return reply({ Status: 'INVALID', StatusDetail: '3025 : Amount or currency invalid.' });
    const tx = {
      vpsTxId: `{${randomUUID().toUpperCase()}}`,
      securityKey: randomBytes(5).toString('hex').toUpperCase(),
      vendor: fields.Vendor,
      vendorTxCode: fields.VendorTxCode,
      amount: fields.Amount,
      description: fields.Description,
      notificationUrl: fields.NotificationURL,
      completed: false,
    };
    if (!this.ledger.register(tx))
      return reply({ Status: 'INVALID', StatusDetail: '4042 : The VendorTxCode has been used before.' });
    reply({
      Status: 'OK',
      StatusDetail: '2014 : The Transaction was Registered Successfully.',
      VPSTxId: tx.vpsTxId,
      SecurityKey: tx.securityKey,
      NextURL: `${this.config.payment.opayoGatewayUrl}/card-details?tx=${encodeURIComponent(tx.vpsTxId)}`,
    });
  }

  @Get('simulator.css')
  styles(@Res() res: Response): void {
    this.ensureEnabled();
    res.type('text/css').send(SIMULATOR_PAGE_CSS);
  }

  @Get('card-details')
  cardPage(@Query('tx') vpsTxId: string, @Res() res: Response): void {
    this.ensureEnabled();
    const tx = this.ledger.find(String(vpsTxId ?? ''));
    if (!tx || tx.completed) throw new NotFoundException();
    this.renderCardPage(res, tx.vpsTxId, tx.amount, tx.description, null);
  }

  @Post('card-details')
  async pay(@Body() body: Record<string, string>, @Res() res: Response): Promise<void> {
    this.ensureEnabled();
    const tx = this.ledger.find(String(body.tx ?? ''));
    if (!tx || tx.completed) throw new NotFoundException();
    let status: string;
    let card = SIMULATOR_TEST_CARDS[0];
    if (body.action === 'cancel') {
      status = 'ABORT';
    } else {
      const number = String(body.cardNumber ?? '').replace(/\s+/g, '');
      const found = SIMULATOR_TEST_CARDS.find((c) => c.number === number);
      if (!found)
        return this.renderCardPage(
          res.status(400),
          tx.vpsTxId,
          tx.amount,
          tx.description,
          'Use one of the test card numbers listed below.',
        );
      card = found;
      status =
        found.outcome === 'OK' && String(body.securityCode ?? '') !== '123' ? 'NOTAUTHED' : found.outcome;
    }
    tx.completed = true;
    const notification = this.notification(tx, status, card);
    let answer: Record<string, string>;
    try {
      const response = await fetch(tx.notificationUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(notification).toString(),
        signal: AbortSignal.timeout(15000),
      });
      answer = parseOpayoText(await response.text());
    } catch {
      answer = {};
    }
    if (!answer.RedirectURL || !['OK', 'INVALID', 'ERROR'].includes(answer.Status ?? '')) {
      res
        .status(502)
        .type('text/plain')
        .send('The shop did not answer the payment notification. Nothing has been taken.');
      return;
    }
    if (!this.isOwnAddress(answer.RedirectURL)) {
      res.status(502).type('text/plain').send('The shop answered with an address that is not its own.');
      return;
    }
    res.redirect(303, answer.RedirectURL);
  }

  private ownNotificationUrl(): string {
    return `${this.config.publicUrl}/api/v1/payments/opayo/notifications`;
  }

  /** Only the shop's own PUBLIC_URL: the simulator never redirects a buyer elsewhere (open redirect). */
  private isOwnAddress(url: string): boolean {
    try {
      const target = new URL(url);
      const own = new URL(this.config.publicUrl);
      return target.origin === own.origin && target.pathname.startsWith(own.pathname);
    } catch {
      return false;
    }
  }

  private notification(
    tx: { vpsTxId: string; vendorTxCode: string; vendor: string; securityKey: string },
    status: string,
    card: { number: string; brand: string },
  ): Record<string, string> {
    const ok = status === 'OK';
    const details: Record<string, string> = {
      OK: '0000 : The Authorisation was Successful.',
      NOTAUTHED: '2000 : The Authorisation was Declined by the bank.',
      REJECTED:
        "4026 : 3D-Authentication failed. This vendor's rules require a successful 3D-Authentication.",
      ABORT: '2013 : The Transaction was cancelled by the customer.',
      ERROR: "5006 : Unable to redirect to Vendor's web site.",
    };
    const fields: Record<string, string> = {
      VPSProtocol: '4.00',
      TxType: 'PAYMENT',
      VendorTxCode: tx.vendorTxCode,
      VPSTxId: tx.vpsTxId,
      Status: status,
      StatusDetail: details[status],
      TxAuthNo: ok ? String(1000 + Math.floor(Math.random() * 9000)) : '',
      AVSCV2: status === 'ABORT' ? '' : 'ALL MATCH',
      AddressResult: status === 'ABORT' ? '' : 'MATCHED',
      PostCodeResult: status === 'ABORT' ? '' : 'MATCHED',
      CV2Result: status === 'ABORT' ? '' : ok ? 'MATCHED' : 'NOTMATCHED',
      GiftAid: '0',
      '3DSecureStatus': status === 'ABORT' ? 'NOTCHECKED' : 'OK',
      CAVV: ok ? randomBytes(20).toString('base64') : '',
      CardType: status === 'ABORT' ? '' : card.brand,
      Last4Digits: status === 'ABORT' ? '' : card.number.slice(-4),
      DeclineCode: ok ? '00' : status === 'NOTAUTHED' ? '05' : '',
      ExpiryDate: status === 'ABORT' ? '' : '1230',
      FraudResponse: status === 'REJECTED' ? 'DENY' : status === 'ABORT' ? '' : 'ACCEPT',
      BankAuthCode: ok ? '999777' : '',
      ACSTransID: status === 'ABORT' ? '' : randomUUID(),
      DSTransID: status === 'ABORT' ? '' : randomUUID(),
      SchemeTraceID: ok ? `SIM${randomBytes(6).toString('hex').toUpperCase()}` : '',
    };
    fields.VPSSignature = opayoSignature(fields, tx.vendor, tx.securityKey);
    return fields;
  }

  private renderCardPage(
    res: Response,
    vpsTxId: string,
    amount: string,
    description: string,
    error: string | null,
  ): void {
    res.render('ordering/simulator-card-page', {
      layout: false,
      title: 'Card payment (simulator)',
      tx: vpsTxId,
      amount,
      description,
      error,
      cards: SIMULATOR_TEST_CARDS,
    });
  }
}
