import { validateForm } from '../../../shared/web/forms/validate-form';
import { FaqEntryForm } from './faq-entry.requests';

describe('FaqEntryForm', () => {
  it('reads an unticked "published" box, which a browser does not send, as a draft', async () => {
    const draft = await validateForm(FaqEntryForm, { question: 'Q?', answer: 'A.' });
    expect(draft).toEqual({ ok: true, value: expect.objectContaining({ published: false }) });
    const shown = await validateForm(FaqEntryForm, { question: 'Q?', answer: 'A.', published: 'true' });
    expect(shown).toEqual({ ok: true, value: expect.objectContaining({ published: true }) });
  });

  it('names each missing or bad field', async () => {
    const form = await validateForm(FaqEntryForm, { question: ' ', answer: '', position: '-2' });
    expect(!form.ok && form.errors.map((e) => e.field).sort()).toEqual(['answer', 'position', 'question']);
  });
});
