import { passwordLengthProblem } from './password-rules';

describe('password length', () => {
  it('needs 15 characters without a second factor and 8 with one', () => {
    expect(passwordLengthProblem('fourteen chars', false)).toMatch(/at least 15/);
    expect(passwordLengthProblem('fifteen chars!!', false)).toBeUndefined();
    expect(passwordLengthProblem('seven77', true)).toMatch(/at least 8/);
    expect(passwordLengthProblem('eight888', true)).toBeUndefined();
  });

  it('counts characters, not bytes, and allows up to 256', () => {
    expect(passwordLengthProblem('ü'.repeat(15), false)).toBeUndefined();
    expect(passwordLengthProblem('😀'.repeat(15), false)).toBeUndefined();
    expect(passwordLengthProblem('x'.repeat(256), false)).toBeUndefined();
    expect(passwordLengthProblem('x'.repeat(257), false)).toMatch(/256 characters or fewer/);
  });
});
