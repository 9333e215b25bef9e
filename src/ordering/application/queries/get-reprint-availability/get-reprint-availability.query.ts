import { Query } from '@nestjs/cqrs';

/** Staff: for each certificate to reprint, whether its e-certificate can be downloaded for printing. */
export class GetReprintAvailability extends Query<Map<string, boolean>> {
  constructor(readonly certificateNumbers: string[]) {
    super();
  }
}
