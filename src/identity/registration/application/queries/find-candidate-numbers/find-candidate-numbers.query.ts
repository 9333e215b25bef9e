import { Query } from '@nestjs/cqrs';

/** Which of these candidate numbers have a candidate record (e.g. to check an achievements import). */
export class FindCandidateNumbers extends Query<string[]> {
  constructor(readonly candidateNumbers: string[]) {
    super();
  }
}
