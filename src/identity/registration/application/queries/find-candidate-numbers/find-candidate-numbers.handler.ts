import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { cleanCandidateNumber } from '../../../../domain/candidate-number';
import { CandidateRecordRepository } from '../../../../domain/candidate-record.repository';
import { FindCandidateNumbers } from './find-candidate-numbers.query';

@QueryHandler(FindCandidateNumbers)
export class FindCandidateNumbersHandler implements IQueryHandler<FindCandidateNumbers> {
  constructor(private readonly records: CandidateRecordRepository) {}

  execute({ candidateNumbers }: FindCandidateNumbers): Promise<string[]> {
    const wanted = [...new Set(candidateNumbers.map(cleanCandidateNumber).filter(Boolean))];
    return wanted.length === 0 ? Promise.resolve([]) : this.records.existingNumbers(wanted);
  }
}
