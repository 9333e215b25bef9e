import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Outbox, OutboxMessage } from '../../application/outbox';
import { OutboxRecord } from './outbox-record';

/** Writes outbox rows through the request's (or transaction's) entity manager: they commit with the command. */
@Injectable()
export class MikroOrmOutbox extends Outbox {
  constructor(private readonly em: EntityManager) {
    super();
  }

  add(message: OutboxMessage): void {
    this.em.persist(
      new OutboxRecord(message.topic, message.payload as Record<string, unknown>, message.notBefore),
    );
  }
}
