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

/** The candidate moved the date the third party's access ends. */
export class ConnectionExpiryChanged extends DomainEvent {
  readonly eventName = 'sharing.connection-expiry-changed';
  constructor(
    readonly connectionId: string,
    readonly expiresAt: Date | null,
  ) {
    super();
  }
}

/** The candidate changed which documents the third party may see. */
export class ConnectionPermissionsChanged extends DomainEvent {
  readonly eventName = 'sharing.connection-permissions-changed';
  constructor(
    readonly connectionId: string,
    readonly certificateNumbers: readonly string[],
  ) {
    super();
  }
}
