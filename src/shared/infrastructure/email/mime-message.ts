/**
 * Reads an RFC 822 / MIME message (as written by nodemailer, or received by an SMTP server) far
 * enough to show it: decoded headers and the text/plain and text/html bodies. It is for the
 * development mail viewer and the tests, not for arbitrary mail from the internet (no attachments,
 * no S/MIME). mailparser would do this fully but is not among the project's dependencies.
 */
export interface MimeMessage {
  /** Lower-case header names; values decoded (RFC 2047 encoded words). */
  headers: Map<string, string>;
  subject: string;
  from: string;
  to: string;
  date?: Date;
  text?: string;
  html?: string;
}

export function parseMimeMessage(raw: Buffer | string): MimeMessage {
  // latin1 keeps every byte as one character, so bodies can be decoded with their own charset later.
  const source =
    typeof raw === 'string' ? Buffer.from(raw, 'utf8').toString('latin1') : raw.toString('latin1');
  const root = parsePart(source);
  const message: MimeMessage = {
    headers: root.headers,
    subject: root.headers.get('subject') ?? '',
    from: root.headers.get('from') ?? '',
    to: root.headers.get('to') ?? '',
  };
  const date = root.headers.get('date');
  if (date && !Number.isNaN(Date.parse(date))) message.date = new Date(date);
  collectBodies(root, message);
  return message;
}

interface Part {
  headers: Map<string, string>;
  body: string;
}

function parsePart(source: string): Part {
  const split = /\r?\n\r?\n/.exec(source);
  const head = split ? source.slice(0, split.index) : source;
  const body = split ? source.slice(split.index + split[0].length) : '';
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!headers.has(name)) headers.set(name, decodeWords(utf8(line.slice(colon + 1).trim())));
  }
  return { headers, body };
}

function collectBodies(part: Part, message: MimeMessage): void {
  const { value: type, params } = parseHeaderValue(part.headers.get('content-type') ?? 'text/plain');
  if (type.startsWith('multipart/') && params.boundary) {
    for (const child of splitMultipart(part.body, params.boundary)) collectBodies(parsePart(child), message);
    return;
  }
  if (/^attachment/i.test(part.headers.get('content-disposition') ?? '')) return;
  const encoding = (part.headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const content = decodeCharset(decodeTransfer(part.body, encoding), params.charset ?? 'utf-8');
  if (type === 'text/plain' && message.text === undefined) message.text = content;
  if (type === 'text/html' && message.html === undefined) message.html = content;
}

function splitMultipart(body: string, boundary: string): string[] {
  const parts: string[] = [];
  const delimiter = `--${boundary}`;
  const lines = body.split(/\r?\n/);
  let current: string[] | undefined;
  for (const line of lines) {
    if (line.startsWith(delimiter)) {
      if (current) parts.push(current.join('\r\n'));
      if (line.startsWith(`${delimiter}--`)) return parts;
      current = [];
    } else current?.push(line);
  }
  if (current) parts.push(current.join('\r\n'));
  return parts;
}

function parseHeaderValue(header: string): { value: string; params: Record<string, string> } {
  const [value, ...rest] = header.split(';');
  const params: Record<string, string> = {};
  for (const param of rest) {
    const equals = param.indexOf('=');
    if (equals < 0) continue;
    params[param.slice(0, equals).trim().toLowerCase()] = param
      .slice(equals + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return { value: value.trim().toLowerCase(), params };
}

function decodeTransfer(body: string, encoding: string): Buffer {
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  return Buffer.from(body, 'latin1');
}

function decodeQuotedPrintable(body: string): Buffer {
  const unwrapped = body.replace(/[ \t]+(\r?\n)/g, '$1').replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < unwrapped.length; i++) {
    const hex = unwrapped.slice(i + 1, i + 3);
    if (unwrapped[i] === '=' && /^[0-9a-fA-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(unwrapped.charCodeAt(i) & 0xff);
  }
  return Buffer.from(bytes);
}

function decodeCharset(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset.toLowerCase()).decode(bytes).replace(/\r\n/g, '\n');
  } catch {
    return bytes.toString('utf8').replace(/\r\n/g, '\n');
  }
}

/** Headers may carry raw UTF-8 (SMTPUTF8); read back from the latin1 view. */
function utf8(latin1: string): string {
  return Buffer.from(latin1, 'latin1').toString('utf8');
}

/** RFC 2047: =?charset?Q|B?text?= ; white space between two encoded words is dropped. */
function decodeWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[QqBb]\?[^?]*\?=)\s+(?==\?[^?]+\?[QqBb]\?[^?]*\?=)/g, '$1')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, charset: string, kind: string, text: string) => {
      const bytes =
        kind.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : decodeQuotedPrintable(text.replace(/_/g, ' '));
      return decodeCharset(bytes, charset.replace(/\*.*$/, ''));
    });
}
