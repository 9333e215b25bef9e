import { DomainEvent } from '../../shared/domain';

/** A candidate shared documents with a third party (new or renewed connection): the third party is invited. */
export class ConnectionInvited extends DomainEvent {
  readonly eventName = 'sharing.connection-invited';
  constructor(readonly connectionId: string) {
    super();
  }
}

/** A third party asked a candidate for a connection; the candidate decides. */
export class ConnectionRequested extends DomainEvent {
  readonly eventName = 'sharing.connection-requested';
  constructor(readonly connectionId: string) {
    super();
  }
}

export class ConnectionApproved extends DomainEvent {
  readonly eventName = 'sharing.connection-approved';
  constructor(readonly connectionId: string) {
    super();
  }
}

export class ConnectionDeclined extends DomainEvent {
  readonly eventName = 'sharing.connection-declined';
  constructor(readonly connectionId: string) {
    super();
  }
}

export class ConnectionDeleted extends DomainEvent {
  readonly eventName = 'sharing.connection-deleted';
  constructor(readonly connectionId: string) {
    super();
  }
}

/** An invited third party now has a verified account: the connection is in force. */
export class ConnectionActivated extends DomainEvent {
  readonly eventName = 'sharing.connection-activated';
  constructor(readonly connectionId: string) {
    super();
  }
}
