import { Query } from '@nestjs/cqrs';
import { DeadLetter } from '../../../../shared/application/job-queue';

/** Dead-lettered jobs, newest first. */
export class ListDeadLetters extends Query<DeadLetter[]> {
  constructor(
    readonly offset: number,
    readonly limit: number,
  ) {
    super();
  }
}
