// Status codes as staff read them on pages (the API keeps the codes). Most read well once the underscores
// go; these few need other words.
const SAYS: Record<string, string> = {
  pending_email_verification: 'Waiting for email confirmation',
  pending_authorisation: 'Waiting for authorisation',
  pending_payment: 'Waiting for payment',
  in_print: 'At the printer',
  invited: 'Invitation sent',
  pending: 'Waiting for an answer',
};

/** "pending_authorisation" → "Waiting for authorisation", "valid" → "Valid"; empty gives "". */
export function statusWords(code: unknown): string {
  if (code === null || code === undefined || code === '') return '';
  const text = String(code);
  if (SAYS[text]) return SAYS[text];
  const words = text.replace(/[_-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
