import { Injectable } from '@nestjs/common';
import { Clock } from '../../shared/domain';
import { AccessLogEntry } from '../domain/access-log';
import { AccessRecorder } from './ports/access-recorder';
import { Connection } from '../domain/connection';
import { ConnectionNotFoundError } from '../domain/connection.errors';
import { ConnectionRepository } from '../domain/connection.repository';
import { ThirdPartyReader } from './third-party-reader';

/**
 * The one gate of every third-party read: the connection must be the reader's (the account that
 * claimed it, never the email address) and in force at this moment, whatever the expiry job has done so far. Anything else
 * is "not found", so a reader learns nothing about connections that are not theirs.
 */
@Injectable()
export class ThirdPartyAccess {
  constructor(
    private readonly connections: ConnectionRepository,
    private readonly recorder: AccessRecorder,
    private readonly clock: Clock,
  ) {}

  async inForce(
    reader: ThirdPartyReader,
    connectionId: string,
  ): Promise<{ connection: Connection; now: Date }> {
    const connection = await this.connections.findForThirdParty(reader.accountId, connectionId);
    const now = this.clock.now();
    if (!connection || !connection.isInForce(now)) throw new ConnectionNotFoundError();
    return { connection, now };
  }

  /** Who looked at what, and when: for the candidate to see, and in the audit trail for staff. */
  async log(reader: ThirdPartyReader, entry: Omit<AccessLogEntry, 'thirdPartyAccountId'>): Promise<void> {
    await this.recorder.record(
      {
        ...entry,
        thirdPartyAccountId: reader.accountId,
        thirdPartyName: reader.displayName,
        occurredAt: this.clock.now(),
      },
      {
        actorId: reader.accountId,
        action:
          entry.kind === 'downloaded'
            ? 'sharing.document-downloaded-by-third-party'
            : 'sharing.documents-viewed-by-third-party',
        targetType: 'connection',
        targetId: entry.connectionId,
        details: { certificateNumber: entry.certificateNumber, document: entry.document },
      },
    );
  }
}
