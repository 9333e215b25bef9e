import { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Address } from '../../../domain/address';
import { AddressBook } from '../../../domain/address-book';
import { AddressRepository } from '../../../domain/address.repository';
import { AddressSchema } from './address.schema';
import { isUuid } from '../../../../shared/infrastructure/database/uuid';

@Injectable()
export class MikroOrmAddressRepository extends AddressRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async bookOf(accountId: string): Promise<AddressBook> {
    if (!isUuid(accountId)) return new AddressBook(accountId, []);
    // The account row is the book's lock: two concurrent additions cannot both see room for one more.
    await this.em.execute('SELECT id FROM identity_accounts WHERE id = ? FOR UPDATE', [accountId]);
    return new AddressBook(accountId, await this.listFor(accountId));
  }

  listFor(accountId: string): Promise<Address[]> {
    if (!isUuid(accountId)) return Promise.resolve([]);
    return this.em.find(AddressSchema, { _accountId: accountId } as FilterQuery<Address>, {
      orderBy: { _createdAt: 'asc', _id: 'asc' } as QueryOrderMap<Address>,
    });
  }

  async save(book: AddressBook): Promise<void> {
    for (const address of book.added) this.em.persist(address);
    for (const address of book.removed) this.em.remove(address);
    await this.em.flush();
    book.added.length = 0;
    book.removed.length = 0;
  }
}
