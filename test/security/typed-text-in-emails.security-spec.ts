// Text that a candidate or a third party typed reaches the other side's inbox only as their words
// (finding 5): inside a quoted block introduced as theirs, HTML-escaped, on lines of its own in the
// plain-text part, and never in a subject. Checked on the mail as it leaves over SMTP.
import { createTestApp, TestApp } from '../support/app';
import { eventually } from '../support/eventually';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import {
  createCandidate,
  createThirdParty,
  importAchievements,
  Party,
} from '../e2e/sharing/sharing-fixtures';

const API = '/api/v1';
const PHISHING = 'Veri Security: your account is locked <a href="https://evil.example">unlock</a>';

describe('typed text in sharing emails', () => {
  let smtp: SmtpSink;
  let t: TestApp;
  let candidate: Party;
  let employer: Party;
  let certificate: string;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await createTestApp({ runWorkers: true, env: { SMTP_URL: smtp.url, OUTBOX_POLL_MS: '25' } });
    candidate = await createCandidate(t, '0005101', 'Lovelace');
    certificate = (await importAchievements(t, '0005101', '05005101')).fresh;
    employer = await createThirdParty(t, 'hr@employer.example', 'Call 0800 000 000 now');
  }, 60_000);

  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
  });

  const mailTo = (address: string) =>
    eventually(() => smtp.received.find((mail) => mail.envelopeTo.includes(address)), {
      what: `the email to ${address}`,
    });

  /** The HTML outside every quoted block: Veri's own words only. */
  const outsideQuotes = (html = '') => html.replace(/<blockquote[\s\S]*?<\/blockquote>/g, '');

  /** Plain-text lines that carry any of these words must be quoted lines ("  > ..."). */
  const unquotedLinesWith = (text = '', words: string[]) =>
    text.split('\n').filter((line) => words.some((w) => line.includes(w)) && !line.startsWith('  > '));

  it('quotes what the candidate typed in the invitation, escaped, never in the subject', async () => {
    const shared = await t
      .http()
      .post(`${API}/me/connections`)
      .set('Authorization', `Bearer ${candidate.token}`)
      .send({
        firstName: 'Dear customer',
        surname: 'of Veri',
        email: 'stranger@example.test',
        company: PHISHING,
        permissions: [{ certificateNumber: certificate, documents: ['ecertificate'] }],
      });
    expect(shared.status).toBe(201);
    const mail = await mailTo('stranger@example.test');
    expect(mail.subject).not.toMatch(/locked|customer|evil|Lovelace/i);
    expect(mail.html).not.toContain('<a href="https://evil.example"');
    expect(mail.html).toContain('&lt;a href&#x3D;&quot;https://evil.example&quot;&gt;unlock&lt;/a&gt;');
    expect(outsideQuotes(mail.html)).not.toMatch(/locked|Dear customer|evil\.example/);
    expect(mail.html).toMatch(/the candidate’s words, not/);
    expect(mail.text).toContain(`  > Organisation: “${PHISHING}”`);
    expect(unquotedLinesWith(mail.text, ['locked', 'Dear customer'])).toEqual([]);
  });

  it('quotes the third party’s name, company and message in the request, line by line', async () => {
    const asked = await t
      .http()
      .post(`${API}/third-party/connection-requests`)
      .set('Authorization', `Bearer ${employer.token}`)
      .send({
        candidateNumber: '0005101',
        surname: 'Lovelace',
        dateOfBirth: '1990-04-27',
        message: `Please approve.\n\n${PHISHING}\n<script>alert(1)</script>`,
      });
    expect(asked.status).toBe(202);
    const mail = await mailTo(candidate.email);
    expect(mail.subject).not.toMatch(/0800|locked|Ann|Hiring|evil/i);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail.html).toContain('Message from Ann Hiring:');
    expect(outsideQuotes(mail.html)).not.toMatch(/0800|locked|Please approve|evil\.example|alert/);
    expect(mail.text).toContain('  > Message from Ann Hiring:');
    expect(mail.text).toContain('  > Please approve.');
    expect(unquotedLinesWith(mail.text, ['0800', 'locked', 'Please approve', 'alert('])).toEqual([]);
  });
});
