import { newVerificationCode, normaliseVerificationCode } from './verification-code';

describe('verification codes', () => {
  it('are random groups of four from an unambiguous alphabet', () => {
    const codes = new Set(Array.from({ length: 1000 }, newVerificationCode));
    expect(codes.size).toBe(1000);
    for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  });

  it('are read however they are typed', () => {
    const code = newVerificationCode();
    expect(normaliseVerificationCode(code.toLowerCase().replace(/-/g, ' '))).toBe(code);
    expect(normaliseVerificationCode('k7q2 9xmd 4rtp h3wz')).toBe('K7Q2-9XMD-4RTP-H3WZ');
    expect(normaliseVerificationCode('O1I2-LLLL-0000-1111')).toBe('0112-1111-0000-1111');
  });

  it('refuse what cannot be a code', () => {
    expect(normaliseVerificationCode('01626756-01-Q3NF')).toBeUndefined();
    expect(normaliseVerificationCode('')).toBeUndefined();
    expect(normaliseVerificationCode('UUUU-UUUU-UUUU-UUUU')).toBeUndefined();
  });
});
