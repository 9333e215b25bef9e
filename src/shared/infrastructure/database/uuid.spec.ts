import { isUuid } from './uuid';

describe('isUuid', () => {
  it('accepts what a Postgres uuid column accepts, in either case and of any version', () => {
    expect(isUuid('6f1c2d3e-4a5b-4c6d-8e7f-901234567890')).toBe(true);
    expect(isUuid('6F1C2D3E-4A5B-4C6D-8E7F-901234567890')).toBe(true);
    expect(isUuid('00000000-0000-0000-0000-000000000001')).toBe(true);
    expect(isUuid('018f3c2a-1b2c-7d3e-9f40-123456789abc')).toBe(true);
  });

  it('refuses anything else, so a lookup by it finds nothing instead of failing', () => {
    expect(isUuid('')).toBe(false);
    expect(isUuid('42')).toBe(false);
    expect(isUuid('6f1c2d3e4a5b4c6d8e7f901234567890')).toBe(false);
    expect(isUuid('6f1c2d3e-4a5b-4c6d-8e7f-90123456789g')).toBe(false);
    expect(isUuid(' 6f1c2d3e-4a5b-4c6d-8e7f-901234567890')).toBe(false);
    expect(isUuid("6f1c2d3e-4a5b-4c6d-8e7f-901234567890' OR '1'='1")).toBe(false);
  });
});
