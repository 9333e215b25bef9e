import { ZxcvbnCommonPasswordList } from '../../infrastructure/adapters/zxcvbn-common-password-list';
import { PasswordPolicy } from './password-policy';

describe('PasswordPolicy', () => {
  const policy = new PasswordPolicy(new ZxcvbnCommonPasswordList());

  it('refuses passwords on the common list, whatever their case', () => {
    expect(policy.problem('PasswordPassword', { usesSecondFactor: false })).toMatch(/too common/);
    expect(policy.problem('qwertyuiop', { usesSecondFactor: true })).toMatch(/too common/);
  });

  it('refuses the email address as the password', () => {
    expect(
      policy.problem('Someone@Example.com', { usesSecondFactor: false, email: 'someone@example.com' }),
    ).toMatch(/email address/);
  });

  it('has no composition rules', () => {
    expect(policy.problem('all lower case words here', { usesSecondFactor: false })).toBeUndefined();
  });
});
