import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { SupportContact } from '../domain/support-contact';
import { SupportContactRepository } from '../domain/support-contact.repository';

@Injectable()
export class MikroOrmSupportContactRepository extends SupportContactRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  get(): Promise<SupportContact | null> {
    return this.em.fork().findOne(SupportContact, { id: 1 });
  }

  async save(contact: SupportContact): Promise<void> {
    const { id, email, telephone, openingHours, postalAddress, notes, updatedAt } = contact;
    await this.em.upsert(SupportContact, {
      id,
      email,
      telephone,
      openingHours,
      postalAddress,
      notes,
      updatedAt,
    });
  }
}
