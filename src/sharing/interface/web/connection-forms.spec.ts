import { validateForm } from '../../../shared/web/forms/validate-form';
import {
  ConnectionRequestForm,
  DateOfBirthForm,
  dateOf,
  DocumentsForm,
  ExpiryForm,
  expiryFrom,
  permissionsFrom,
  ThirdPartyDetailsForm,
} from './connection-forms';

describe('connection page forms', () => {
  it('reads one ticked box, several, or none, and drops what is not a box of the table', async () => {
    const read = async (documents: unknown) => {
      const form = await validateForm(DocumentsForm, documents === undefined ? {} : { documents });
      if (!form.ok) throw new Error('the documents always read');
      return permissionsFrom(form.value.documents);
    };
    expect(await read('A-1:ecertificate')).toEqual([
      { certificateNumber: 'A-1', documents: ['ecertificate'] },
    ]);
    expect(await read(['A-1:ecertificate', 'A-1:etranscript', 'B-2:ecertificate'])).toEqual([
      { certificateNumber: 'A-1', documents: ['ecertificate', 'etranscript'] },
      { certificateNumber: 'B-2', documents: ['ecertificate'] },
    ]);
    expect(await read(undefined)).toEqual([]);
    expect(await read(['A-1:photo', ':ecertificate', { x: 1 }])).toEqual([]);
  });

  it('reads a date from its three inputs: blank, a date, or not a date', async () => {
    const expiry = async (day: string, month: string, year: string, required = false) => {
      const form = await validateForm(ExpiryForm, {
        'expiresAt-day': day,
        'expiresAt-month': month,
        'expiresAt-year': year,
      });
      if (!form.ok) throw new Error('text parts always read');
      return expiryFrom(form.value, required);
    };
    expect(await expiry('', '', '')).toEqual({ value: null });
    expect(await expiry('', '', '', true)).toEqual({
      problem: { field: 'expiresAt', message: 'Enter the new expiry date' },
    });
    expect(await expiry('31', '1', '2027')).toEqual({ value: new Date('2027-01-31T23:59:59.999Z') });
    expect(await expiry('31', '2', '2027')).toEqual({
      problem: { field: 'expiresAt', message: 'Enter a real date, for example 31 1 2027' },
    });
    const birth = await validateForm(DateOfBirthForm, {
      'dateOfBirth-day': ' 7 ',
      'dateOfBirth-month': '4',
      'dateOfBirth-year': '1990',
    });
    expect(birth.ok && dateOf(birth.value, 'dateOfBirth')).toBe('1990-04-07');
  });

  it("checks the third party's details and keeps only them for the command", async () => {
    const form = await validateForm(ThirdPartyDetailsForm, {
      firstName: ' Ann ',
      surname: 'Hiring',
      email: 'ann@garage.test',
      company: 'Garage Ltd',
      documents: 'A-1:ecertificate',
    });
    expect(form.ok && form.value.thirdParty).toEqual({
      firstName: 'Ann',
      surname: 'Hiring',
      email: 'ann@garage.test',
      company: 'Garage Ltd',
    });
    const missing = await validateForm(ThirdPartyDetailsForm, { email: 'not an email' });
    expect(missing.ok ? [] : missing.errors.map((e) => e.field).sort()).toEqual([
      'company',
      'email',
      'firstName',
      'surname',
    ]);
  });

  it("cuts a request's message to 1,000 characters rather than refusing it", async () => {
    const form = await validateForm(ConnectionRequestForm, {
      candidateNumber: 'A1',
      surname: 'Lovelace',
      message: `  ${'x'.repeat(1200)}  `,
    });
    expect(form.ok && form.value.message).toBe('x'.repeat(1000));
  });
});
