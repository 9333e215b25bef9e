import { Controller, Get, Header, Inject, NotFoundException, Param } from '@nestjs/common';
import Handlebars from 'handlebars';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { APP_CONFIG, AppConfig } from '../../../config/app-config';
import { formatBritishDate } from '../templating/format-helpers';
import { mailDir } from './file-email-sender';
import { parseMimeMessage } from './mime-message';

const escape = Handlebars.Utils.escapeExpression;
const EML_FILE = /^[\w.-]+\.eml$/;
const LIST_LIMIT = 200;

/**
 * Development only (EmailModule registers it when NODE_ENV is not production and mail goes to
 * files): lists the messages the file adapter wrote and shows one, so a developer can follow links
 * in registration or password-reset emails without an SMTP server. The HTML part is shown in a
 * sandboxed iframe (no scripts, no same-origin access), everything else is escaped.
 */
@Controller('dev/mail')
export class DevMailController {
  private readonly dir: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.dir = mailDir(config);
  }

  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async list(): Promise<string> {
    const files = (await readdir(this.dir).catch(() => [] as string[]))
      .filter((name) => EML_FILE.test(name))
      .sort()
      .reverse()
      .slice(0, LIST_LIMIT);
    const rows = await Promise.all(
      files.map(async (file) => {
        const message = await parseMimeMessage(await readFile(join(this.dir, file)));
        return `<tr><td>${escape(sentAt(message.date))}</td><td>${escape(message.to)}</td><td><a href="/dev/mail/${encodeURIComponent(file)}">${escape(message.subject || '(no subject)')}</a></td></tr>`;
      }),
    );
    const table = rows.length
      ? `<table><thead><tr><th>Sent</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
      : '<p>No mail has been sent yet.</p>';
    return page('Sent mail', `<h1>Sent mail</h1><p>Newest first, from ${escape(this.dir)}.</p>${table}`);
  }

  @Get(':file')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async show(@Param('file') file: string): Promise<string> {
    if (!EML_FILE.test(file)) throw new NotFoundException();
    const raw = await readFile(join(this.dir, file)).catch(() => undefined);
    if (!raw) throw new NotFoundException();
    const message = await parseMimeMessage(raw);
    const html = message.html
      ? `<h2>HTML part</h2><iframe sandbox title="HTML part" srcdoc="${escape(message.html)}"></iframe>`
      : '';
    const text = message.text !== undefined ? `<h2>Text part</h2><pre>${escape(message.text)}</pre>` : '';
    return page(
      message.subject || 'Message',
      `<p><a href="/dev/mail">All mail</a></p><h1>${escape(message.subject || '(no subject)')}</h1>
<dl><dt>Sent</dt><dd>${escape(sentAt(message.date))}</dd><dt>From</dt><dd>${escape(message.from)}</dd><dt>To</dt><dd>${escape(message.to)}</dd></dl>
${html}${text}<p><a href="/dev/mail/${encodeURIComponent(file)}/raw">Raw message</a></p>`,
    );
  }

  @Get(':file/raw')
  @Header('Content-Type', 'text/plain; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async raw(@Param('file') file: string): Promise<string> {
    if (!EML_FILE.test(file)) throw new NotFoundException();
    const raw = await readFile(join(this.dir, file), 'utf8').catch(() => undefined);
    if (raw === undefined) throw new NotFoundException();
    return raw;
  }
}

function sentAt(date: Date | undefined): string {
  if (!date) return '';
  const time = new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: 'Europe/London',
  }).format(date);
  return `${formatBritishDate(date)} ${time}`;
}

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} - development mail</title>
<style>
body{font-family:system-ui,Arial,sans-serif;margin:2rem;color:#1f2933}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .6rem;border-bottom:1px solid #d9dee3}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dt{font-weight:bold}dd{margin:0}
iframe{width:100%;height:32rem;border:1px solid #d9dee3}pre{white-space:pre-wrap;background:#f5f7fa;padding:1rem}
</style></head><body>${body}</body></html>`;
}
