import { Query } from '@nestjs/cqrs';
import { DocumentCard } from '../../views/document-card';
/** The document cards of one candidate, newest issue first. */
export class ListCandidateAchievements extends Query<DocumentCard[]> {
  constructor(readonly candidateNumber: string | null) {
    super();
  }
}
