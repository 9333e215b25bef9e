/**
 * A fact that happened in a bounded context. Events carry ids and facts, never entities, so they can
 * be stored in the outbox as JSON and read by other contexts through their *.public.ts.
 */
export abstract class DomainEvent {
  readonly occurredAt: Date = new Date();

  /** Stable name used in the outbox and by subscribers, e.g. "identity.candidate-registered". */
  abstract readonly eventName: string;
}
