import {
  defaultEmailTemplatesDir,
  EmailTemplates,
} from '../../../shared/infrastructure/email/email-templates';
import { aPaidOrder } from '../testing/in-memory-ordering';
import { orderEmailData } from './email-order-steps';

const now = new Date('2026-11-29T10:00:00Z');

/** A paid order of one certificate reprint, first class to Leeds, with Opayo's braced reference. */
const paidOrder = () => aPaidOrder({ id: 'o-1', number: 100042, at: now, transactionReference: '{ABC-123}' });

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
