import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Outbox, OutboxMessage } from '../../application/outbox';
import { insertBeforeCommit } from '../database/mikro-orm-unit-of-work';
import { OutboxRecord, OutboxRecordSchema } from './outbox-record';

/**
 * Gathers a command's outbox rows and writes them with one statement just before its transaction
 * commits, after every reaction has added its own (ADR 0030): they commit with the command or not at
 * all. Only inside the unit of work.
 */
@Injectable()
export class MikroOrmOutbox extends Outbox {
  constructor(private readonly em: EntityManager) {
    super();
  }

  add(message: OutboxMessage): void {
    const record = new OutboxRecord(
      message.topic,
      message.payload as Record<string, unknown>,
      message.notBefore,
    );
    insertBeforeCommit(this.em, OutboxRecordSchema, record, 'Outbox messages are written');
  }
}
