import { DiscoveryService } from '@nestjs/core';

/**
 * One version of a fact a context publishes for the others (ids and facts, never entities). Each
 * context lists its contracts in `<context>.integration-events.ts` and exports them from its public
 * file; a contract never changes once published: a new shape is a new version.
 */
export interface IntegrationEventType<TPayload extends object> {
  readonly name: string;
  readonly version: number;
  /** Never set: it carries the payload's type, so that publishers and subscribers agree on it. */
  readonly payloadType?: TPayload;
}

export function integrationEvent<TPayload extends object>(
  name: string,
  version: number,
): IntegrationEventType<TPayload> {
  return { name, version };
}

export type PayloadOf<T> = T extends IntegrationEventType<infer P> ? P : never;

/**
 * Publishes integration events in the current transaction: they go out through the outbox after the
 * commit (nothing for a command that rolled back), one delivery for each subscriber.
 */
export abstract class IntegrationEvents {
  abstract publish<TPayload extends object>(type: IntegrationEventType<TPayload>, payload: TPayload): void;
}

/**
 * Marks a provider that handles one integration event, asynchronously: in a job, after the
 * publisher's commit, in its own transaction. `subscriber` names the delivery for good (rows in the
 * outbox refer to it), e.g. "sharing.activate-invitations".
 */
export const SubscribesTo = DiscoveryService.createDecorator<{
  event: IntegrationEventType<object>;
  subscriber: string;
}>();

export interface IntegrationEventDelivery {
  /** The same for every subscriber's delivery of one event, and for every retry of it. */
  eventId: string;
  occurredAt: Date;
}

/** A delivery may come more than once (a retry after a crash): handling must be idempotent. */
export interface IntegrationEventHandler<TPayload extends object> {
  handle(payload: TPayload, delivery: IntegrationEventDelivery): Promise<void>;
}
