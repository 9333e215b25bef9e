import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import {
  DocumentCard,
  DocumentFile,
  GetDocumentCards,
  GetDocumentPdf,
  ListShareableAchievements,
  ShareableAchievement,
} from '../../../achievements/achievements.public';
import {
  SharedAchievements,
  SharedDocumentCard,
  SharedFile,
} from '../../application/ports/shared-achievements';
import { ShareableDocumentSet, SharedDocument } from '../../domain/connection-permission';
import { DomainError } from '../../../shared/domain';

/** Achievements' public queries, for Sharing. Achievements' refusals (not found, not available) become null. */
@Injectable()
export class AchievementsSharedAchievements extends SharedAchievements {
  constructor(private readonly queries: QueryBus) {
    super();
  }

  async shareableOf(candidateNumber: string): Promise<ShareableDocumentSet[]> {
    const list: ShareableAchievement[] = await this.queries.execute(
      new ListShareableAchievements(candidateNumber),
    );
    return list.map((a) => ({
      certificateNumber: a.certificateNumber,
      title: a.title,
      shareable: a.shareable,
      documents: {
        ecertificate: a.shareable && a.documents.ecertificate,
        etranscript: a.shareable && a.documents.etranscript,
      },
      reason: a.reason,
    }));
  }

  async cards(candidateNumber: string, certificateNumbers: string[]): Promise<SharedDocumentCard[]> {
    const cards: DocumentCard[] = await this.queries.execute(
      new GetDocumentCards(candidateNumber, certificateNumbers),
    );
    return cards.map((card) => ({
      certificateNumber: card.certificateNumber,
      kind: card.kind,
      title: card.title,
      qualificationNumber: card.qualificationNumber,
      candidateNumber: card.candidateNumber,
      fullName: card.fullName,
      grade: card.grade,
      issueDate: card.issueDate,
      centre: card.centre,
      expiryDate: card.expiryDate,
      status: card.status,
      revoked: card.revokedAt !== null || !card.shareable,
    }));
  }

  async pdf(
    candidateNumber: string,
    certificateNumber: string,
    document: SharedDocument,
  ): Promise<SharedFile | null> {
    const file = await this.refusedAsNull<DocumentFile>(
      new GetDocumentPdf(candidateNumber, certificateNumber, document),
    );
    return file ? { fileName: file.fileName, contentType: file.contentType, content: file.content } : null;
  }

  private async refusedAsNull<T>(query: object): Promise<T | null> {
    try {
      return (await this.queries.execute(query as never)) as T;
    } catch (error) {
      if (error instanceof DomainError && (error.kind === 'not_found' || error.kind === 'rule')) return null;
      throw error;
    }
  }
}
