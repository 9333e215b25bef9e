import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Outbox, OutboxMessage } from '../../application/outbox';
import { beforeCommit } from '../database/mikro-orm-unit-of-work';
import { insertPlain } from '../database/plain-insert';
import { OutboxRecord, OutboxRecordSchema } from './outbox-record';

/** The records a transaction has added so far: by transaction. */
const pending = new WeakMap<EntityManager, OutboxRecord[]>();

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
    const transaction = this.em.getContext(false);
    const records = pending.get(transaction);
    if (records) {
      records.push(record);
      return;
    }
    const gathered = [record];
    // Outside a transaction nothing would ever write it: refused rather than lost.
    beforeCommit(
      this.em,
      (em) => insertPlain(em, OutboxRecordSchema, gathered),
      'Outbox messages are written',
    );
    pending.set(transaction, gathered);
  }
}
