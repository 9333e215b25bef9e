// A linear pass over a JSON body before it is parsed: too deep a nesting or too long an array is
// refused before JSON.parse, class-transformer or class-validator ever walk it (they recurse, and an
// anonymous 600 KB array once held the event loop for seconds). NUL is refused too: Postgres cannot
// store it and answers with a protocol error.
export interface JsonShapeLimits {
  maxDepth: number;
  maxArrayLength: number;
  /** Fields of one object: a DTO has a few dozen; thousands of unknown ones cost the validator dearly. */
  maxObjectKeys: number;
}

export type JsonShapeProblem = 'too_deep' | 'array_too_long' | 'too_many_fields' | 'nul';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const COMMA = 0x2c;
const U = 0x75;

/** The first problem found, or null. Malformed JSON is left to the parser to report. */
export function jsonShapeProblem(body: Buffer, limits: JsonShapeLimits): JsonShapeProblem | null {
  // One entry per open container: the commas seen in it so far, and whether it is an array.
  const commas: number[] = [];
  const isArray: boolean[] = [];
  let inString = false;
  for (let i = 0; i < body.length; i += 1) {
    const byte = body[i];
    if (byte === 0) return 'nul';
    if (inString) {
      if (byte === BACKSLASH) {
        if (body[i + 1] === U && isNulEscape(body, i + 2)) return 'nul';
        i += 1;
      } else if (byte === QUOTE) inString = false;
      continue;
    }
    switch (byte) {
      case QUOTE:
        inString = true;
        break;
      case OPEN_ARRAY:
      case OPEN_OBJECT:
        commas.push(0);
        isArray.push(byte === OPEN_ARRAY);
        if (commas.length > limits.maxDepth) return 'too_deep';
        break;
      case CLOSE_ARRAY:
      case CLOSE_OBJECT:
        commas.pop();
        isArray.pop();
        break;
      case COMMA: {
        const top = commas.length - 1;
        if (top < 0) break;
        commas[top] += 1;
        if (isArray[top] && commas[top] >= limits.maxArrayLength) return 'array_too_long';
        if (!isArray[top] && commas[top] >= limits.maxObjectKeys) return 'too_many_fields';
        break;
      }
    }
  }
  return null;
}

/** "\u0000" (any case of hex digits is fine: only zeros count). */
function isNulEscape(body: Buffer, at: number): boolean {
  for (let k = 0; k < 4; k += 1) if (body[at + k] !== 0x30) return false;
  return true;
}
