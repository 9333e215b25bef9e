import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CandidateDirectory } from '../../ports/candidate-directory';
import { CheckoutAddresses, GetCheckoutAddresses } from './get-checkout-addresses.query';

@QueryHandler(GetCheckoutAddresses)
export class GetCheckoutAddressesHandler implements IQueryHandler<GetCheckoutAddresses, CheckoutAddresses> {
  constructor(private readonly directory: CandidateDirectory) {}

  async execute({ accountId }: GetCheckoutAddresses): Promise<CheckoutAddresses> {
    const [candidate, book] = await Promise.all([
      this.directory.candidate(accountId),
      this.directory.addresses(accountId),
    ]);
    return {
      candidateName: candidate ? `${candidate.firstName} ${candidate.surname}`.trim() : '',
      book,
    };
  }
}
