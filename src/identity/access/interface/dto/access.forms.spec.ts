import { validateForm } from '../../../../shared/web/forms/validate-form';
import { ForgottenPasswordForm, LoginForm, ResetPasswordForm, SecondFactorForm } from './access.forms';

describe('the access pages’ forms', () => {
  it('asks for both login fields, and takes the password exactly as typed', async () => {
    expect(await validateForm(LoginForm, { email: ' ', password: '' })).toEqual({
      ok: false,
      errors: [
        { field: 'email', message: 'Enter your email address' },
        { field: 'password', message: 'Enter your password' },
      ],
    });
    const form = await validateForm(LoginForm, { email: ' a@example.com ', password: ' secret ' });
    expect(form.ok && form.value).toMatchObject({ email: 'a@example.com', password: ' secret ' });
  });

  it('refuses a login field that is not text (a repeated input) rather than reading it as empty', async () => {
    const form = await validateForm(LoginForm, { email: ['a@example.com', 'b@example.com'], password: 'x' });
    expect(form.ok).toBe(false);
  });

  it('refuses an absurdly long password before it is hashed', async () => {
    const form = await validateForm(LoginForm, { email: 'a@example.com', password: 'x'.repeat(1025) });
    expect(!form.ok && form.errors.map((error) => error.field)).toEqual(['password']);
  });

  it('takes a security code typed with spaces', async () => {
    const form = await validateForm(SecondFactorForm, { code: '123 456' });
    expect(form.ok && form.value.code).toBe('123456');
    expect((await validateForm(SecondFactorForm, { code: '12345' })).ok).toBe(false);
  });

  it('words a bad email address as the domain does', async () => {
    expect(await validateForm(ForgottenPasswordForm, { email: 'nobody' })).toEqual({
      ok: false,
      errors: [{ field: 'email', message: 'Enter an email address like name@example.com' }],
    });
  });

  it('asks for the new password, then for the same one twice', async () => {
    const missing = await validateForm(ResetPasswordForm, { token: 't' });
    expect(!missing.ok && missing.errors).toEqual([{ field: 'password', message: 'Enter a new password' }]);
    const differ = await validateForm(ResetPasswordForm, { password: 'one', confirmPassword: 'two' });
    expect(!differ.ok && differ.errors).toEqual([
      { field: 'confirmPassword', message: 'The passwords do not match' },
    ]);
    expect((await validateForm(ResetPasswordForm, { password: 'one', confirmPassword: 'one' })).ok).toBe(
      true,
    );
  });
});
