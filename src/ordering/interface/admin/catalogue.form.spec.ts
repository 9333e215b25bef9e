import 'reflect-metadata';
import { validateForm } from '../../../shared/web/forms/validate-form';
import { CatalogueForm } from './catalogue.form';

const SHOWN = { products: [{ code: 'certificate-reprint' }], deliveryOptions: [{ code: 'international' }] };
const FIELDS = {
  'products-0-name': ' Certificate reprint ',
  'products-0-price': '25.88',
  'products-0-vatRate': '20',
  'deliveryOptions-0-name': 'International',
  'deliveryOptions-0-price': '0',
  'deliveryOptions-0-vatRate': '0',
};

const read = (body: Record<string, unknown>) => validateForm(CatalogueForm, CatalogueForm.input(body, SHOWN));

describe('CatalogueForm', () => {
  it("gives each shown entry's change, in pence and basis points", async () => {
    const form = await read({ ...FIELDS, 'products-0-price': '26.50', 'products-0-vatRate': '17.5' });
    expect(form.ok && form.value.products.map((p) => p.toChange())).toEqual([
      { code: 'certificate-reprint', name: 'Certificate reprint', pricePence: 2650, vatRateBps: 1750 },
    ]);
    expect(form.ok && form.value.deliveryOptions.map((o) => o.toChange())).toEqual([
      { code: 'international', name: 'International', pricePence: 0, vatRateBps: 0 },
    ]);
  });

  it("refuses a price or VAT rate of the wrong shape on the page's own input, naming the entry", async () => {
    const form = await read({ ...FIELDS, 'products-0-price': '25.8x', 'deliveryOptions-0-vatRate': '101' });
    expect(form.ok).toBe(false);
    const errors = form.ok ? [] : form.errors.map((e) => ({ ...e, field: CatalogueForm.pageField(e.field) }));
    expect(errors).toEqual([
      {
        field: 'products-0-price',
        message: 'Enter the price in pounds and pence, like 25.88, for certificate-reprint.',
      },
      {
        field: 'deliveryOptions-0-vatRate',
        message: 'Enter the VAT rate as a percentage, like 20, for international.',
      },
    ]);
  });

  it('refuses a missing price', async () => {
    const { 'products-0-price': _price, ...withoutPrice } = FIELDS;
    expect((await read(withoutPrice)).ok).toBe(false);
  });
});
