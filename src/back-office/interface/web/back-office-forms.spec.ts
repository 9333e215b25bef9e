import { validateForm } from '../../../shared/web/forms/validate-form';
import { AuditFilterForm, RecordImportForm, RecordsPageQuery } from './back-office-forms';

describe('back-office forms', () => {
  it('never fails a list page for its paging: nonsense falls back, too large is clamped', async () => {
    expect(await validateForm(RecordsPageQuery, {})).toEqual({
      ok: true,
      value: expect.objectContaining({ page: 1, pageSize: 10 }),
    });
    expect(await validateForm(RecordsPageQuery, { page: '-1', pageSize: '10000' })).toEqual({
      ok: true,
      value: expect.objectContaining({ page: 1, pageSize: 100 }),
    });
    expect(await validateForm(AuditFilterForm, { page: 'x', pageSize: '7' })).toEqual({
      ok: true,
      value: expect.objectContaining({ page: 1, pageSize: 7 }),
    });
  });

  it('takes the audit filters trimmed, and refuses an actor that is no account id', async () => {
    const id = '3f2b8c4e-1d2a-4b5c-8d9e-0f1a2b3c4d5e';
    const ok = await validateForm(AuditFilterForm, { action: ' identity.login ', actorId: id, targetId: '' });
    expect(ok).toEqual({
      ok: true,
      value: expect.objectContaining({ action: 'identity.login', actorId: id, targetId: undefined }),
    });
    const bad = await validateForm(AuditFilterForm, { actorId: 'alice', action: 'x'.repeat(101) });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors.map((e) => e.field).sort()).toEqual(['action', 'actorId']);
  });

  it('asks what an uploaded file holds', async () => {
    expect(await validateForm(RecordImportForm, { kind: 'achievements' })).toEqual({
      ok: true,
      value: { kind: 'achievements' },
    });
    expect(await validateForm(RecordImportForm, { kind: 'people' })).toEqual({
      ok: false,
      errors: [{ field: 'kind', message: 'Choose what the file holds' }],
    });
  });
});
