import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { FindCandidateNumbers } from '../../../identity/identity.public';
import { CandidateRegister } from '../../application/ports/candidate-register';

/** CandidateRegister through Identity's published query over its candidate records. */
@Injectable()
export class IdentityCandidateRegister extends CandidateRegister {
  constructor(private readonly queries: QueryBus) {
    super();
  }

  async existing(candidateNumbers: string[]): Promise<Set<string>> {
    if (candidateNumbers.length === 0) return new Set();
    const found: string[] = await this.queries.execute(new FindCandidateNumbers(candidateNumbers));
    return new Set(found);
  }
}
