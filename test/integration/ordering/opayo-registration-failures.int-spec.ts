import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { PaymentUnavailableError } from '../../../src/ordering/domain/ordering.errors';
import { OpayoServerPaymentGateway } from '../../../src/ordering/infrastructure/payment/opayo-server-payment-gateway';

// The Opayo Server adapter's registration against a real HTTP server standing in for Opayo: what it
// sends, what it reads back, and that every way the provider can fail becomes PaymentUnavailableError
// (the order then stands and can be paid again), never a hang or a 500.
describe('Opayo Server registration over HTTP', () => {
  let server: Server;
  let baseUrl: string;
  let answer: (req: IncomingMessage, body: string, res: ServerResponse) => void;
  const received: Array<Record<string, string>> = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        received.push(Object.fromEntries(new URLSearchParams(body)));
        answer(req, body, res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/gateway/service`;
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  const gateway = (gatewayUrl = baseUrl, timeoutMs = 2000) =>
    new OpayoServerPaymentGateway({
      vendor: 'VeriTestVendor',
      gatewayUrl,
      notificationUrl: 'https://veri.example/api/v1/payments/opayo/notifications',
      timeoutMs,
    });

  const address = {
    fullName: 'Ada Lovelace',
    line1: '1 High Street',
    line2: '',
    town: 'Leeds',
    county: '',
    postcode: 'LS1 4AP',
    country: 'GB',
  };
  const registration = {
    reference: 'VERI-1001-ABCDEF0123',
    amountPence: 2588,
    description: 'Order 1001: 1 printed document',
    customer: { firstName: 'Ada', surname: 'Lovelace', email: 'ada@example.test' },
    billingAddress: address,
    deliveryAddress: address,
  };

  it('posts the registration as a form and reads the transaction, key and card page from the answer', async () => {
    answer = (req, _body, res) => {
      res.setHeader('content-type', 'text/plain');
      res.end(
        req.url === '/gateway/service/vspserver-register.vsp'
          ? 'VPSProtocol=4.00\r\nStatus=OK\r\nStatusDetail=0000 : ok\r\nVPSTxId={AB12-CD34}\r\nSecurityKey=K3Y\r\nNextURL=https://pay.example/card?tx=1\r\n'
          : 'Status=INVALID\r\n',
      );
    };
    await expect(gateway().register(registration)).resolves.toEqual({
      providerTransactionId: '{AB12-CD34}',
      securityKey: 'K3Y',
      paymentPageUrl: 'https://pay.example/card?tx=1',
    });
    expect(received.at(-1)).toMatchObject({
      VPSProtocol: '4.00',
      TxType: 'PAYMENT',
      Vendor: 'VeriTestVendor',
      VendorTxCode: 'VERI-1001-ABCDEF0123',
      Amount: '25.88',
      Currency: 'GBP',
      BillingPostCode: 'LS1 4AP',
      CustomerEMail: 'ada@example.test',
    });
  });

  it('treats an HTTP error from the provider as unavailable', async () => {
    answer = (_req, _body, res) => {
      res.statusCode = 503;
      res.end('Status=OK\r\nVPSTxId={X}\r\nSecurityKey=K\r\nNextURL=https://pay.example\r\n');
    };
    await expect(gateway().register(registration)).rejects.toBeInstanceOf(PaymentUnavailableError);
  });

  it('treats a refusal (Status other than OK) as unavailable', async () => {
    answer = (_req, _body, res) => res.end('Status=INVALID\r\nStatusDetail=3000 : bad vendor\r\n');
    await expect(gateway().register(registration)).rejects.toBeInstanceOf(PaymentUnavailableError);
  });

  it('gives up when the provider does not answer in time', async () => {
    answer = () => undefined; // never answers
    const started = Date.now();
    await expect(gateway(baseUrl, 300).register(registration)).rejects.toBeInstanceOf(
      PaymentUnavailableError,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('treats a provider that cannot be reached as unavailable', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    await expect(
      gateway(`http://127.0.0.1:${port}/gateway/service`).register(registration),
    ).rejects.toBeInstanceOf(PaymentUnavailableError);
  });
});
