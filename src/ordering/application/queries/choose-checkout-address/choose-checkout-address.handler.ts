import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { checkAddress, PostalAddress } from '../../../domain/postal-address';
import { CandidateDirectory } from '../../ports/candidate-directory';
import { resolveAddress } from '../../services/resolve-address';
import { ChooseCheckoutAddress } from './choose-checkout-address.query';

@QueryHandler(ChooseCheckoutAddress)
export class ChooseCheckoutAddressHandler implements IQueryHandler<ChooseCheckoutAddress, PostalAddress> {
  constructor(private readonly directory: CandidateDirectory) {}

  async execute({ accountId, choice }: ChooseCheckoutAddress): Promise<PostalAddress> {
    const { savedAddress, ...typed } = choice;
    if (!savedAddress || savedAddress === 'new') return checkAddress(typed, '');
    const [candidate, book] = await Promise.all([
      this.directory.candidate(accountId),
      this.directory.addresses(accountId),
    ]);
    // The address book keeps no names: the name typed on the form, else the candidate's.
    const candidateName = candidate ? `${candidate.firstName} ${candidate.surname}`.trim() : '';
    return resolveAddress({ addressId: savedAddress }, book, '', typed.fullName?.trim() || candidateName);
  }
}
