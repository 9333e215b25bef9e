import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Enquiry, EnquiryStatus } from '../../domain/enquiry';
import { EnquiryPage, EnquiryRepository } from '../../domain/enquiry.repository';
import { asEnquiry, EnquirySchema } from './enquiry.schema';
import { isUuid } from '../../../shared/infrastructure/database/uuid';

@Injectable()
export class MikroOrmEnquiryRepository extends EnquiryRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async findById(id: string): Promise<Enquiry | undefined> {
    // A malformed id is simply not found (and must not reach Postgres as a bad uuid).
    if (!isUuid(id)) return undefined;
    return asEnquiry(await this.em.findOne(EnquirySchema, { _id: id })) ?? undefined;
  }

  async listRaisedBy(candidateAccountId: string): Promise<Enquiry[]> {
    const raised = await this.em.find(
      EnquirySchema,
      { _candidateAccountId: candidateAccountId },
      { orderBy: { _updatedAt: 'desc' } },
    );
    return raised.map((stored) => asEnquiry(stored));
  }

  async listByStatus(
    status: EnquiryStatus | undefined,
    page: { offset: number; limit: number },
  ): Promise<EnquiryPage> {
    const [items, total] = await this.em.findAndCount(EnquirySchema, status ? { _status: status } : {}, {
      orderBy: { _updatedAt: 'asc' },
      offset: page.offset,
      limit: page.limit,
    });
    return { items: items.map((stored) => asEnquiry(stored)), total };
  }

  add(enquiry: Enquiry): void {
    this.em.persist(enquiry);
  }
}
