import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { SupportContact } from '../domain/support-contact';
import { SupportContactRepository } from '../domain/support-contact.repository';
import { SupportContactSchema } from './support-contact.schema';

@Injectable()
export class MikroOrmSupportContactRepository extends SupportContactRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async get(): Promise<SupportContact | null> {
    const record = await this.em.fork().findOne(SupportContactSchema, { id: 1 });
    if (!record) return null;
    const { email, telephone, openingHours, postalAddress, notes, updatedAt } = record;
    return SupportContact.restore({ email, telephone, openingHours, postalAddress, notes, updatedAt });
  }

  async save(contact: SupportContact): Promise<void> {
    await this.em.upsert(SupportContactSchema, { id: contact.id, ...contact.toState() });
  }
}
