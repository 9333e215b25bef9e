import 'reflect-metadata';
import { validateForm } from '../../../shared/web/forms/validate-form';
import { CorrectAchievementForm } from './achievement-forms.dto';
import { EnquiryQueueForm } from './enquiry-form.dto';

const correction = {
  title: 'Diploma in Carpentry',
  fullName: 'Ada Lovelace',
  issueDate: '14 March 2018',
  qualificationNumber: '',
  grade: 'Merit',
  centre: '',
  expiryDate: '',
  correctionReason: 'The awarding records say so',
};

describe('CorrectAchievementForm', () => {
  it('reads dates as people write them and clears the details left empty', async () => {
    const form = await validateForm(CorrectAchievementForm, { ...correction, expiryDate: '1 4 2021' });

    expect(form.ok && form.value.changes()).toEqual({
      title: 'Diploma in Carpentry',
      fullName: 'Ada Lovelace',
      issueDate: '2018-03-14',
      qualificationNumber: null,
      grade: 'Merit',
      centre: null,
      expiryDate: '2021-04-01',
    });
  });

  it('names every date that is not a real one, and asks for a missing issue date', async () => {
    const unreal = await validateForm(CorrectAchievementForm, {
      ...correction,
      issueDate: '30 2 2018',
      expiryDate: 'soon',
    });
    const missing = await validateForm(CorrectAchievementForm, { ...correction, issueDate: ' ' });

    expect(!unreal.ok && unreal.errors).toEqual([
      { field: 'issueDate', message: 'Enter the issue date as a real date, for example 14 3 2018' },
      { field: 'expiryDate', message: 'Enter the expiry date as a real date, for example 14 3 2021' },
    ]);
    expect(!missing.ok && missing.errors).toEqual([
      { field: 'issueDate', message: 'Enter the issue date, for example 14 3 2018' },
    ]);
  });
});

describe('EnquiryQueueForm', () => {
  it('shows the open enquiries ten to a page unless the link says otherwise', async () => {
    const plain = await validateForm(EnquiryQueueForm, {});
    const chosen = await validateForm(EnquiryQueueForm, { status: 'all', page: '3', pageSize: '50' });

    expect(plain.ok && { ...plain.value }).toEqual({ status: 'open', page: 1, pageSize: 10 });
    expect(chosen.ok && { ...chosen.value }).toEqual({ status: 'all', page: 3, pageSize: 50 });
  });

  it('refuses a status that is not one and a page size over 100', async () => {
    const form = await validateForm(EnquiryQueueForm, { status: 'lost', pageSize: '1000' });

    expect(!form.ok && form.errors.map((e) => e.field)).toEqual(['status', 'pageSize']);
  });
});
