import {
  defaultEmailTemplatesDir,
  EmailTemplates,
} from '../../../shared/infrastructure/email/email-templates';
import { Basket } from '../../domain/basket';
import { DeliveryOption, Product } from '../../domain/catalogue';
import { Order } from '../../domain/order';
import { checkAddress } from '../../domain/postal-address';
import { orderEmailData } from './email-order-steps';

const now = new Date('2026-11-29T10:00:00Z');

function paidOrder(): Order {
  const basket = new Basket('acc-1', '0001010', []);
  basket.add(
    {
      productCode: 'certificate-reprint',
      certificateNumber: '01702345-01-K7PD',
      qualificationTitle: 'Level 3 Diploma',
      reason: { reason: 'lost', text: null },
      quantity: 1,
    },
    false,
    now,
  );
  const address = checkAddress(
    { fullName: 'Ada Lovelace', line1: '1 High Street', town: 'Leeds', postcode: 'LS1 4AP', country: 'GB' },
    'a',
  );
  const order = Order.place({
    id: 'o-1',
    number: 100042,
    accountId: 'acc-1',
    candidateNumber: '0001010',
    email: 'ada@example.com',
    items: basket.items,
    products: [new Product('certificate-reprint', 'Certificate reprint', 2588, 2000, now)],
    billingAddress: address,
    deliveryAddress: address,
    deliveryOption: new DeliveryOption(
      'royal-mail-signed-for-1st',
      'Royal Mail Signed For 1st Class',
      350,
      2000,
      false,
      2,
      now,
    ),
    idempotencyKey: null,
    now,
  });
  order.markPaid('{ABC-123}', now);
  return order;
}

describe('order emails', () => {
  const templates = new EmailTemplates({
    dir: defaultEmailTemplatesDir(),
    publicUrl: 'https://veri.example',
    brand: { name: 'Veri', shortName: 'Veri', headerColour: '#000000', accentColour: '#111111' },
    cache: false,
  });

  it('the confirmation is a receipt: lines, VAT, delivery, total, reference, in HTML and plain text', () => {
    const { html, text } = templates.render(
      'order-confirmation',
      'Order 100042 confirmed',
      orderEmailData(paidOrder()),
    );
    for (const part of [html, text]) {
      expect(part).toContain('100042');
      expect(part).toContain('£25.88');
      expect(part).toContain('£3.50');
      expect(part).toContain('includes VAT £4.89'); // 4.31 + 0.58, inside the total, not added to it
      expect(part).toContain('£29.38');
      expect(part).not.toContain('Sub total');
      expect(part).toContain('ABC-123');
      expect(part).not.toContain('{ABC-123}');
      expect(part).toContain('29 November 2026');
      expect(part).toContain('LS1 4AP');
    }
    expect(text).toContain('https://veri.example/orders/o-1');
  });

  it.each(['order-payment-failed', 'order-cancelled', 'order-dispatched'])(
    'renders %s in both parts',
    (template) => {
      const { html, text } = templates.render(template, 'Order 100042', {
        ...orderEmailData(paidOrder()),
        paymentLink: '/orders/o-1/payment',
      });
      expect(html).toContain('100042');
      expect(text).toContain('100042');
    },
  );
});
