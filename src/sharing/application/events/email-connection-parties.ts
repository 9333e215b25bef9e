import { Injectable } from '@nestjs/common';
import { DomainEventReaction, ReactsTo } from '../../../shared/application/domain-event-reaction';
import { EmailOutbox } from '../../../shared/application/email-outbox';
import { Connection } from '../../domain/connection';
import {
  ConnectionApproved,
  ConnectionDeclined,
  ConnectionDeleted,
  ConnectionInvited,
  ConnectionRequested,
} from '../../domain/connection.events';
import { ConnectionRepository } from '../../domain/connection.repository';

function emailData(connection: Connection): Record<string, unknown> {
  return {
    candidateName: connection.candidateName,
    thirdPartyName: `${connection.thirdPartyFirstName} ${connection.thirdPartySurname}`,
    company: connection.thirdPartyCompany,
    expiresAt: connection.expiresAt?.toISOString() ?? null,
    documentCount: connection.permissions.reduce((sum, p) => sum + p.documents.length, 0),
    registered: connection.thirdPartyAccountId !== null,
    thirdPartyEmail: connection.thirdPartyEmail,
    message: connection.requestMessage,
  };
}

/** The third party hears that a candidate shared documents with it, with a link to register or log in. */
@Injectable()
@ReactsTo([ConnectionInvited])
export class EmailInvitation implements DomainEventReaction<ConnectionInvited> {
  constructor(
    private readonly connections: ConnectionRepository,
    private readonly emails: EmailOutbox,
  ) {}

  async handle(event: ConnectionInvited): Promise<void> {
    const connection = await this.connections.byId(event.connectionId);
    if (!connection) return;
    this.emails.queue({
      to: connection.thirdPartyEmail,
      subject: 'A candidate has shared documents with you',
      template: 'sharing-invitation',
      data: {
        ...emailData(connection),
        registerPath: `/register/third-party?email=${encodeURIComponent(connection.thirdPartyEmail)}`,
        connectionPath: `/connections/${connection.id}`,
      },
    });
  }
}

/** The candidate hears of a third party's request and is asked to approve or decline it. */
@Injectable()
@ReactsTo([ConnectionRequested])
export class EmailRequestToCandidate implements DomainEventReaction<ConnectionRequested> {
  constructor(
    private readonly connections: ConnectionRepository,
    private readonly emails: EmailOutbox,
  ) {}

  async handle(event: ConnectionRequested): Promise<void> {
    const connection = await this.connections.byId(event.connectionId);
    if (!connection) return;
    this.emails.queue({
      to: connection.candidateEmail,
      subject: 'A request to see your documents',
      template: 'sharing-request',
      data: { ...emailData(connection), connectionPath: `/connections/${connection.id}` },
    });
  }
}

const OUTCOMES = {
  approved: {
    template: 'sharing-approved',
    subject: () => 'Your connection request was approved',
  },
  declined: {
    template: 'sharing-declined',
    subject: () => 'Your connection request was declined',
  },
  deleted: {
    template: 'sharing-deleted',
    subject: () => 'Your access to a candidate’s documents has ended',
  },
};

/** The third party hears the candidate's answer, or that access has ended. */
@Injectable()
@ReactsTo([ConnectionApproved, ConnectionDeclined, ConnectionDeleted])
export class EmailOutcomeToThirdParty implements DomainEventReaction<
  ConnectionApproved | ConnectionDeclined | ConnectionDeleted
> {
  constructor(
    private readonly connections: ConnectionRepository,
    private readonly emails: EmailOutbox,
  ) {}

  async handle(event: ConnectionApproved | ConnectionDeclined | ConnectionDeleted): Promise<void> {
    const connection = await this.connections.byId(event.connectionId);
    if (!connection) return;
    const outcome =
      event instanceof ConnectionApproved
        ? OUTCOMES.approved
        : event instanceof ConnectionDeclined
          ? OUTCOMES.declined
          : OUTCOMES.deleted;
    this.emails.queue({
      to: connection.thirdPartyEmail,
      subject: outcome.subject(),
      template: outcome.template,
      data: { ...emailData(connection), connectionPath: `/connections/${connection.id}` },
    });
  }
}
