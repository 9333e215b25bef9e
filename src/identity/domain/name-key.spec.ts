import { nameKey, nameProblem } from './name-key';

describe('nameKey', () => {
  it.each([
    ["Zoë O'Brien", 'ZOE OBRIEN'],
    ['  José  ', 'jose'],
    ['Mary-Jane', 'mary jane'],
    ['Siobhán', 'SIOBHAN'],
    ['Strauß', 'strauss'],
    ['Søren Ærø', 'soren aero'],
    ['Łukasz', 'lukasz'],
    ['St. John', 'st john'],
  ])('treats %p and %p as the same name', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it('keeps different names apart', () => {
    expect(nameKey('Lee')).not.toBe(nameKey('Li'));
    expect(nameKey('Anne')).not.toBe(nameKey('Ann'));
  });
});

describe('nameProblem', () => {
  it('refuses empty, over 100 characters, control characters and punctuation only', () => {
    expect(nameProblem('   ', 'surname')).toBe('Enter your surname');
    expect(nameProblem('a'.repeat(101), 'surname')).toMatch(/100 characters or fewer/);
    expect(nameProblem('Ann\u0000', 'first name')).toMatch(/control characters/);
    expect(nameProblem("'-'", 'surname')).toMatch(/must contain letters/);
  });

  it('accepts 100 characters, accents and apostrophes', () => {
    expect(nameProblem('a'.repeat(100), 'surname')).toBeUndefined();
    expect(nameProblem("D'Arcy-Ñúñez", 'surname')).toBeUndefined();
  });
});
