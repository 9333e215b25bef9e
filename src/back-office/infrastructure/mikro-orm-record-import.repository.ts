import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { RecordImport } from '../domain/record-import';
import { RecordImportRepository } from '../domain/record-import.repository';
import { isUuid } from '../../shared/infrastructure/database/uuid';

@Injectable()
export class MikroOrmRecordImportRepository extends RecordImportRepository {
  constructor(private readonly em: EntityManager) {
    super();
  }

  async add(entry: RecordImport): Promise<void> {
    this.em.persist(entry);
    await this.em.flush();
  }

  byId(id: string): Promise<RecordImport | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.em.fork().findOne(RecordImport, { id });
  }

  async list({
    offset,
    limit,
  }: {
    offset: number;
    limit: number;
  }): Promise<{ items: RecordImport[]; total: number }> {
    const [items, total] = await this.em
      .fork()
      .findAndCount(RecordImport, {}, { orderBy: { importedAt: 'desc', id: 'asc' }, offset, limit });
    return { items, total };
  }
}
