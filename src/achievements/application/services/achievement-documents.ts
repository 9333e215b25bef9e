import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { createHash } from 'node:crypto';
import { FileStorage } from '../../../shared/application/file-storage';
import { PdfRenderer, PdfRenderRequest } from '../../../shared/application/pdf-renderer';
import { PdfSigner } from '../../../shared/application/pdf-signing';
import { ACHIEVEMENT_KIND_LABELS } from '../../domain/achievement-kind';
import { DocumentNotAvailableError } from '../../domain/achievement.errors';
import { documentAvailability } from '../../domain/document-rules';
import { AchievementRecord, documentFactsOf } from '../views/document-card';
import { DocumentKind, DOCUMENT_KIND_LABELS } from '../../domain/document-kind';
import { DocumentSettings } from '../ports/document-settings';
import { QrCodes } from '../ports/qr-codes';

export interface DocumentFile {
  fileName: string;
  contentType: 'application/pdf';
  content: Buffer;
}

/** About 250 eCertificates of 100 KB in each web process. */
const RECENT_PDF_BYTES = 24 * 1024 * 1024;

const TEMPLATES: Record<DocumentKind, string> = { ecertificate: 'ecertificate', etranscript: 'etranscript' };

/**
 * The eCertificate and eTranscript of an achievement. A rendered PDF is kept in file storage under a
 * key made of the achievement, the template's version and a hash of the data printed on it: a second
 * download is served from storage, while a correction (other data) or a template change (other
 * version) makes a new key and so a new rendering. Every PDF is signed (PAdES) once, before it is
 * stored; the signing certificate's fingerprint is part of the key, so a new certificate re-signs.
 */
@Injectable()
export class AchievementDocuments {
  /** Renders so far in this process; lets tests and metrics see that a stored copy was served. */
  renders = 0;

  /**
   * The PDFs served lately, by storage key. A key names one content for good (the data printed, the template
   * version, the signing certificate), so a kept copy is never stale: a correction or revocation changes
   * the key or refuses the document before this is read. Bounded in bytes; a re-download then costs no disk.
   */
  private readonly recent = new LRUCache<string, Buffer>({
    maxSize: RECENT_PDF_BYTES,
    sizeCalculation: (pdf) => pdf.length,
  });

  constructor(
    private readonly renderer: PdfRenderer,
    private readonly signer: PdfSigner,
    private readonly storage: FileStorage,
    private readonly settings: DocumentSettings,
    private readonly qrCodes: QrCodes,
  ) {}

  /** An achievement as recorded or as the aggregate (both give the same data, so the same stored PDF). */
  async pdf(achievement: AchievementRecord, kind: DocumentKind): Promise<DocumentFile> {
    const availability = documentAvailability(documentFactsOf(achievement), kind);
    if (!availability.available) throw new DocumentNotAvailableError(availability.reason!);
    const { key, request } = await this.prepare(achievement, kind);
    const fileName = `${DOCUMENT_KIND_LABELS[kind]}-${achievement.certificateNumber}.pdf`;
    const stored = this.recent.get(key) ?? (await this.storage.get(key));
    if (stored) {
      this.recent.set(key, stored);
      return { fileName, contentType: 'application/pdf', content: stored };
    }
    const verificationUrl = this.settings.verificationUrl(achievement.verificationCode);
    const verification = request.data.verification as Record<string, unknown>;
    verification.qrCodeDataUrl = await this.qrCodes.imageDataUrl(verificationUrl);
    this.renders++;
    const content = await this.signer.sign(await this.renderer.render(request), this.settings.signature);
    await this.storage.put(key, content, 'application/pdf');
    this.recent.set(key, content);
    return { fileName, contentType: 'application/pdf', content };
  }

  /** The storage keys of the documents as they are now; forgotten after a correction or revocation. */
  async storedKeys(achievement: AchievementRecord): Promise<string[]> {
    const keys: string[] = [];
    for (const kind of ['ecertificate', 'etranscript'] as const) {
      if (documentAvailability(documentFactsOf(achievement), kind).available)
        keys.push((await this.prepare(achievement, kind)).key);
    }
    return keys;
  }

  async forget(keys: string[]): Promise<void> {
    keys.forEach((key) => this.recent.delete(key));
    await Promise.all(keys.map((key) => this.storage.delete(key)));
  }

  private async prepare(
    achievement: AchievementRecord,
    kind: DocumentKind,
  ): Promise<{ key: string; request: PdfRenderRequest }> {
    const template = TEMPLATES[kind];
    const data = this.documentData(achievement, kind);
    const version = await this.settings.templateVersion(template);
    const hash = createHash('sha256').update(JSON.stringify(data)).digest('hex').slice(0, 24);
    const title =
      kind === 'etranscript'
        ? 'Unit and Credit Transcript'
        : achievement.kind === 'accreditation'
          ? 'Certificate of Accreditation'
          : 'Certificate of Achievement';
    return {
      key: `achievements/${achievement.id}/${kind}-${version}-${hash}-${this.signer.certificateFingerprint}.pdf`,
      request: {
        template,
        data,
        title,
        verificationCode: achievement.verificationCode,
        subject: `${kind === 'ecertificate' ? 'Certificate' : 'Unit and credit transcript'} ${achievement.certificateNumber} awarded to ${achievement.fullName}`,
      },
    };
  }

  private documentData(achievement: AchievementRecord, kind: DocumentKind): Record<string, unknown> {
    const units = kind === 'etranscript' ? achievement.units : [];
    const credits = units
      .map((unit) => unit.credit)
      .filter((credit): credit is number => typeof credit === 'number');
    return {
      achievement: {
        certificateNumber: achievement.certificateNumber,
        kind: achievement.kind,
        kindLabel: ACHIEVEMENT_KIND_LABELS[achievement.kind],
        isAccreditation: achievement.kind === 'accreditation',
        title: achievement.title,
        qualificationNumber: achievement.qualificationNumber ?? null,
        candidateNumber: achievement.candidateNumber,
        fullName: achievement.fullName,
        grade: achievement.grade ?? null,
        issueDate: achievement.issueDate,
        centre: achievement.centre ?? null,
        expiryDate: achievement.expiryDate ?? null,
        description: achievement.description ?? null,
      },
      units: units.map((unit) => ({
        unitNumber: unit.unitNumber,
        title: unit.title,
        level: unit.level ?? null,
        credit: unit.credit ?? null,
        grade: unit.grade ?? null,
      })),
      totalCredit: credits.length > 0 ? credits.reduce((sum, credit) => sum + credit, 0) : null,
      verification: {
        code: achievement.verificationCode,
        url: this.settings.verificationUrl(achievement.verificationCode),
      },
      signatory: this.settings.signatory,
      // The certificate is framed and signed with a seal; the transcript keeps its space for units and
      // names the signatory in its verification box.
      framed: kind === 'ecertificate',
      signatoryInBox: kind === 'etranscript',
    };
  }
}
