import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CandidateDirectory } from '../../ports/candidate-directory';
import { GetReprintAvailability } from './get-reprint-availability.query';

@QueryHandler(GetReprintAvailability)
export class GetReprintAvailabilityHandler implements IQueryHandler<
  GetReprintAvailability,
  Map<string, boolean>
> {
  constructor(private readonly directory: CandidateDirectory) {}

  async execute({ certificateNumbers }: GetReprintAvailability): Promise<Map<string, boolean>> {
    const facts = await this.directory.achievements(certificateNumbers);
    return new Map(facts.map((a) => [a.certificateNumber, a.ecertificate]));
  }
}
