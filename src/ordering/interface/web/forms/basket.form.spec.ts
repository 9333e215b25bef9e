import 'reflect-metadata';
import { validateForm } from '../../../../shared/web/forms/validate-form';
import { BasketForm } from './basket.form';

const ITEMS = [
  { id: 'item-1', productName: 'Certificate reprint', certificateNumber: '01702341-01-K7PD' },
  { id: 'item-2', productName: 'Proof of qualification letter', certificateNumber: '01702341-02-M3QX' },
];

const read = (body: Record<string, unknown>) => validateForm(BasketForm, BasketForm.input(body, ITEMS));

describe('BasketForm', () => {
  it('takes out the items updated to 0 and keeps those left out of the body', async () => {
    const form = await read({ action: 'update', 'quantity-item-1': ' 0 ' });
    expect(form.ok && form.value.toRemove()).toEqual(['item-1']);
  });

  it("refuses any other quantity on that item's own place in the list, naming the document", async () => {
    const form = await read({ action: 'update', 'quantity-item-1': '1', 'quantity-item-2': '2' });
    expect(form).toEqual({
      ok: false,
      errors: [
        {
          field: 'quantities.1.quantity',
          message:
            'You can order one copy of the proof of qualification letter for 01702341-02-M3QX: enter 1, or 0 to remove it.',
        },
      ],
    });
  });

  it('reads one ticked item or several as a list, and ignores the quantities when removing', async () => {
    const one = await read({ action: 'remove', selected: 'item-2', 'quantity-item-1': 'x' });
    expect(one.ok && one.value.selected).toEqual(['item-2']);
    const several = await read({ action: 'remove', selected: ['item-1', 'item-2'] });
    expect(several.ok && several.value.selected).toEqual(['item-1', 'item-2']);
    const none = await read({ action: 'remove' });
    expect(none.ok && none.value.selected).toEqual([]);
  });
});
