import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '../../../../shared/domain';
import { ukToday } from '../../../domain/calendar-date';
import { AchievementRecords } from '../../ports/achievement-records';
import { DocumentCard, documentCardOf } from '../../views/document-card';
import { GetDocumentCards } from './get-document-cards.query';

@QueryHandler(GetDocumentCards)
export class GetDocumentCardsHandler implements IQueryHandler<GetDocumentCards, DocumentCard[]> {
  constructor(
    private readonly records: AchievementRecords,
    private readonly clock: Clock,
  ) {}

  async execute({ candidateNumber, certificateNumbers }: GetDocumentCards): Promise<DocumentCard[]> {
    if (certificateNumbers.length === 0) return [];
    const today = ukToday(this.clock.now());
    const held = await this.records.ofHolder(candidateNumber, certificateNumbers);
    return held.map((record) => documentCardOf(record, today));
  }
}
