// Development tools only when asked for (finding 8): /dev/mail needs DEV_MAIL_VIEWER=true, and the
// payment simulator calls back only the shop's own notification route.
import { createServer, Server } from 'node:http';
import { createTestApp, findFreePort, TestApp } from '../support/app';
import { parseOpayoText } from '../../src/ordering/infrastructure/payment/opayo-format';

const REGISTER = '/simulator/opayo/gateway/service/vspserver-register.vsp';

function registration(notificationUrl: string): Record<string, string> {
  return {
    VPSProtocol: '4.00',
    TxType: 'PAYMENT',
    Vendor: 'veri',
    VendorTxCode: `SSRF-${Date.now()}`,
    Amount: '10.00',
    Currency: 'GBP',
    Description: 'A letter',
    NotificationURL: notificationUrl,
    BillingSurname: 'Lovelace',
    BillingFirstnames: 'Ada',
    BillingAddress1: '1 Road',
    BillingCity: 'London',
    BillingCountry: 'GB',
  };
}

describe('development tools', () => {
  let t: TestApp;
  let target: Server;
  let targetUrl: string;
  let targetHits = 0;

  beforeAll(async () => {
    t = await createTestApp({ env: { PAYMENT_PROVIDER: 'opayo-simulator' } });
    const port = await findFreePort();
    target = createServer((_req, res) => {
      targetHits += 1;
      res.end('Status=OK\r\nRedirectURL=https://attacker.example/\r\n');
    });
    await new Promise<void>((resolve) => target.listen(port, '127.0.0.1', resolve));
    targetUrl = `http://127.0.0.1:${port}/internal`;
  });
  afterAll(async () => {
    await new Promise((resolve) => target.close(resolve));
    await t.close();
  });

  it('does not serve /dev/mail unless DEV_MAIL_VIEWER=true', async () => {
    await t.http().get('/dev/mail').expect(404);
  });

  it('refuses to register a payment whose NotificationURL is not the shop’s own route', async () => {
    const res = await t.http().post(REGISTER).type('form').send(registration(targetUrl)).expect(200);
    const answer = parseOpayoText(res.text);
    expect(answer.Status).toBe('INVALID');
    expect(answer.StatusDetail).toMatch(/NotificationURL/);
    const page = await t.http().get('/simulator/opayo/gateway/service/card-details?tx=%7Bnone%7D');
    expect(page.status).toBe(404);
    expect(targetHits).toBe(0);
  });

  it('registers a payment that names the shop’s own notification route', async () => {
    const own = `${t.config.publicUrl}/api/v1/payments/opayo/notifications`;
    const res = await t.http().post(REGISTER).type('form').send(registration(own)).expect(200);
    expect(parseOpayoText(res.text).Status).toBe('OK');
  });
});
