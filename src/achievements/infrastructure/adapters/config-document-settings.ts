import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PdfSignatureDetails } from '../../../shared/application/pdf-signing';
import { AppConfig } from '../../../config/app-config';
import { defaultPdfTemplatesDir } from '../../../shared/infrastructure/pdf/pdf-templates';
import { DocumentSettings } from '../../application/ports/document-settings';

/**
 * DocumentSettings from the validated config. A template's version is a hash of its file, every
 * partial it may use and the branding the layout draws, so editing any of them (or rebranding)
 * retires the stored PDFs without anyone remembering to bump a number. Kept after the first read,
 * except in development where templates are edited live.
 */
export class ConfigDocumentSettings extends DocumentSettings {
  private readonly versions = new Map<string, string>();

  constructor(
    private readonly config: AppConfig,
    private readonly templatesDir: string = defaultPdfTemplatesDir(),
  ) {
    super();
  }

  verificationUrl(code: string): string {
    return `${this.config.publicUrl}/verify/${encodeURIComponent(code)}`;
  }

  portalUrl(path: string): string {
    return `${this.config.publicUrl}/${path.replace(/^\/+/, '')}`;
  }

  get enquiriesInbox(): string {
    return this.config.enquiriesEmail;
  }

  get signatory(): { name: string; role: string } {
    return this.config.signatory;
  }

  get signature(): PdfSignatureDetails {
    return {
      reason: `Issued by ${this.config.brand.name}, the awarding body`,
      location: this.config.signing.location,
      signerName: this.config.brand.name,
      contactInfo: `${this.config.publicUrl}/verify`,
    };
  }

  async templateVersion(template: string): Promise<string> {
    const cached = this.versions.get(template);
    if (cached) return cached;
    const hash = createHash('sha256');
    hash.update(await readFile(join(this.templatesDir, `${template}.hbs`)));
    const partialsDir = join(this.templatesDir, 'partials');
    for (const file of (await readdir(partialsDir)).filter((name) => name.endsWith('.hbs')).sort()) {
      hash.update(file).update(await readFile(join(partialsDir, file)));
    }
    hash.update(JSON.stringify([this.config.brand, this.config.signatory]));
    const version = hash.digest('hex').slice(0, 12);
    if (this.config.env !== 'development') this.versions.set(template, version);
    return version;
  }
}
