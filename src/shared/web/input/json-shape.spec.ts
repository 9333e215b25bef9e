import { jsonShapeProblem } from './json-shape';

const limits = { maxDepth: 4, maxArrayLength: 3, maxObjectKeys: 3 };
const check = (text: string) => jsonShapeProblem(Buffer.from(text, 'utf8'), limits);

describe('jsonShapeProblem', () => {
  it('accepts ordinary bodies at the limits', () => {
    expect(check('{"a":[1,2,3],"b":{"c":{"d":"[[[[[,,,,"}}}')).toBeNull();
    expect(check('[[[["x"]]]]')).toBeNull();
  });

  it('refuses nesting deeper than the limit, also through objects', () => {
    expect(check('[[[[[1]]]]]')).toBe('too_deep');
    expect(check('{"a":{"b":{"c":{"d":{}}}}}')).toBe('too_deep');
  });

  it('refuses an array longer than the limit, but not many short ones', () => {
    expect(check('[1,2,3,4]')).toBe('array_too_long');
    expect(check('[[1,2],[3,4],[5,6]]')).toBeNull();
    expect(check('{"a":[1,2],"b":[3,4],"c":{"d":[5,6]}}')).toBeNull();
  });

  it('refuses an object with more fields than the limit', () => {
    expect(check('{"a":1,"b":2,"c":3,"d":4}')).toBe('too_many_fields');
  });

  it('does not count brackets, commas or escaped quotes inside strings', () => {
    expect(check('["a,b,c,d,e", "\\"[[[[[[", "x"]')).toBeNull();
  });

  it('refuses NUL as an escape or as a raw byte', () => {
    expect(check('{"name":"a\\u0000b"}')).toBe('nul');
    expect(check('{"name":"a\u0000b"}')).toBe('nul');
    expect(check('{"name":"a\\\\u0000b"}')).toBeNull();
  });

  it('scans a 4 MB bomb quickly', () => {
    const bomb = Buffer.from('['.repeat(2_000_000) + ']'.repeat(2_000_000));
    const started = process.hrtime.bigint();
    expect(jsonShapeProblem(bomb, limits)).toBe('too_deep');
    expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(50);
  });
});
