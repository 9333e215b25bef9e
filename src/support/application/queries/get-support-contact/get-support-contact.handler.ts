import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { SupportContact } from '../../../domain/support-contact';
import { SupportContactRepository } from '../../../domain/support-contact.repository';
import { GetSupportContact, SupportContactView } from './get-support-contact.query';

@QueryHandler(GetSupportContact)
export class GetSupportContactHandler implements IQueryHandler<GetSupportContact> {
  constructor(private readonly contacts: SupportContactRepository) {}

  async execute(): Promise<SupportContactView> {
    const { email, telephone, openingHours, postalAddress, notes } =
      (await this.contacts.get()) ?? SupportContact.fallback();
    return { email, telephone, openingHours, postalAddress, notes };
  }
}
