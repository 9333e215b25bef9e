import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Enquiry, EnquiryStatus } from '../../domain/enquiry';
import { EnquiryPage, EnquiryRepository } from '../../domain/enquiry.repository';
import { EnquirySchema } from './enquiry.schema';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class MikroOrmEnquiryRepository extends EnquiryRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async findById(id: string): Promise<Enquiry | undefined> {
    // A malformed id is simply not found (and must not reach Postgres as a bad uuid).
    if (!UUID.test(id)) return undefined;
    return (await this.em.findOne(EnquirySchema, { id })) ?? undefined;
  }

  listRaisedBy(candidateAccountId: string): Promise<Enquiry[]> {
    return this.em.find(EnquirySchema, { candidateAccountId }, { orderBy: { updatedAt: 'desc' } });
  }

  async listByStatus(
    status: EnquiryStatus | undefined,
    page: { offset: number; limit: number },
  ): Promise<EnquiryPage> {
    const [items, total] = await this.em.findAndCount(EnquirySchema, status ? { status } : {}, {
      orderBy: { updatedAt: 'asc' },
      offset: page.offset,
      limit: page.limit,
    });
    return { items, total };
  }

  add(enquiry: Enquiry): void {
    this.em.persist(enquiry);
  }
}
