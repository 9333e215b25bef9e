import { AddressObject, HeaderValue, simpleParser } from 'mailparser';

/**
 * An RFC 822 / MIME message read far enough to show it (the development mail viewer) and to check
 * it (the tests): decoded headers and the text/plain and text/html bodies. mailparser does the MIME.
 */
export interface MimeMessage {
  /** Lower-case header names; values decoded (RFC 2047 encoded words), addresses as written. */
  headers: Map<string, string>;
  subject: string;
  from: string;
  to: string;
  date?: Date;
  text?: string;
  html?: string;
}

export async function parseMimeMessage(raw: Buffer | string): Promise<MimeMessage> {
  const parsed = await simpleParser(raw, { skipImageLinks: true, skipTextToHtml: true });
  const headers = new Map([...parsed.headers].map(([name, value]) => [name, headerText(value)] as const));
  const message: MimeMessage = {
    headers,
    subject: parsed.subject ?? '',
    from: headers.get('from') ?? '',
    to: headers.get('to') ?? '',
  };
  if (parsed.date) message.date = parsed.date;
  if (parsed.text !== undefined) message.text = parsed.text;
  if (parsed.html !== false) message.html = parsed.html;
  return message;
}

function headerText(value: HeaderValue): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toUTCString();
  if (Array.isArray(value)) return value.map((v) => headerText(v as HeaderValue)).join(', ');
  if ('html' in value) return addresses(value as AddressObject);
  if ('value' in value) return String(value.value);
  return String(value);
}

/** "Name <address>" as people write it (mailparser's own text quotes every name). */
function addresses(list: AddressObject): string {
  return list.value
    .map(({ name, address }) => (name ? `${name} <${address ?? ''}>` : (address ?? '')))
    .join(', ');
}
