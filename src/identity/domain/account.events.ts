import { DomainEvent } from '../../shared/domain';

// Facts about accounts. They carry ids and plain values only (other contexts read them via identity.public.ts).

export class CandidateRegistered extends DomainEvent {
  readonly eventName = 'identity.candidate-registered';
  constructor(
    readonly accountId: string,
    readonly status: 'active' | 'pending_authorisation',
  ) {
    super();
  }
}

/** A candidate account now holds a candidate number (matched at registration or approved by staff). */
export class CandidateAccountLinked extends DomainEvent {
  readonly eventName = 'identity.candidate-account-linked';
  constructor(
    readonly accountId: string,
    readonly candidateNumber: string,
  ) {
    super();
  }
}

export class RegistrationRejected extends DomainEvent {
  readonly eventName = 'identity.registration-rejected';
  constructor(readonly accountId: string) {
    super();
  }
}

export class ThirdPartyRegistered extends DomainEvent {
  readonly eventName = 'identity.third-party-registered';
  constructor(
    readonly accountId: string,
    readonly email: string,
  ) {
    super();
  }
}

export class StaffAccountCreated extends DomainEvent {
  readonly eventName = 'identity.staff-account-created';
  constructor(readonly accountId: string) {
    super();
  }
}

/** The account's owner proved they receive mail at this address. */
export class EmailVerified extends DomainEvent {
  readonly eventName = 'identity.email-verified';
  constructor(
    readonly accountId: string,
    readonly role: string,
    readonly email: string,
  ) {
    super();
  }
}

export class EmailChanged extends DomainEvent {
  readonly eventName = 'identity.email-changed';
  constructor(
    readonly accountId: string,
    readonly previousEmail: string,
    readonly email: string,
  ) {
    super();
  }
}

/** What a third party sees of a candidate changed: the name or whether there is a photo. */
export class CandidateProfileChanged extends DomainEvent {
  readonly eventName = 'identity.candidate-profile-changed';
  constructor(
    readonly accountId: string,
    readonly displayName: string,
    readonly hasPhoto: boolean,
  ) {
    super();
  }
}

export class PasswordChanged extends DomainEvent {
  readonly eventName = 'identity.password-changed';
  constructor(readonly accountId: string) {
    super();
  }
}

/** Staff stopped the account: it cannot log in, and its sessions and tokens ended. */
export class AccountSuspended extends DomainEvent {
  readonly eventName = 'identity.account-suspended';
  constructor(readonly accountId: string) {
    super();
  }
}

export class AccountReinstated extends DomainEvent {
  readonly eventName = 'identity.account-reinstated';
  constructor(readonly accountId: string) {
    super();
  }
}
