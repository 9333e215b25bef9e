import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DeadLetter, JobQueue } from '../../../../shared/application/job-queue';
import { ListDeadLetters } from './list-dead-letters.query';

@QueryHandler(ListDeadLetters)
export class ListDeadLettersHandler implements IQueryHandler<ListDeadLetters, DeadLetter[]> {
  constructor(private readonly jobs: JobQueue) {}

  execute({ offset, limit }: ListDeadLetters): Promise<DeadLetter[]> {
    return this.jobs.deadLetters({ offset, limit });
  }
}
