import { DomainEvent } from '../domain/domain-event';
import { IntegrationEvents, IntegrationEventType, integrationEvent } from './integration-events';
import { publishes, publishingReaction } from './publishing-reaction';

class ThingMade extends DomainEvent {
  readonly eventName = 'test.thing-made';
  constructor(readonly thingId: string) {
    super();
  }
}
class ThingBroken extends DomainEvent {
  readonly eventName = 'test.thing-broken';
  constructor(readonly thingId: string) {
    super();
  }
}
class ThingIgnored extends DomainEvent {
  readonly eventName = 'test.thing-ignored';
}

const ThingMadeV1 = integrationEvent<{ thingId: string }>('test.thing-made', 1);

class RecordedEvents extends IntegrationEvents {
  readonly published: Array<{ type: IntegrationEventType<object>; payload: object }> = [];
  publish<T extends object>(type: IntegrationEventType<T>, payload: T): void {
    this.published.push({ type, payload });
  }
}

describe('publishingReaction', () => {
  const Reaction = publishingReaction([
    publishes(ThingMade, ThingMadeV1, ({ thingId }) => ({ thingId })),
    publishes(ThingBroken, ThingMadeV1, ({ thingId }) => ({ thingId: `${thingId}!` })),
  ]);

  it('publishes each listed event once, as its contract, with the payload taken from the event', async () => {
    const events = new RecordedEvents();
    const reaction = new Reaction(events);
    await reaction.handle(new ThingMade('t-1'));
    await reaction.handle(new ThingBroken('t-2'));
    expect(events.published).toEqual([
      { type: ThingMadeV1, payload: { thingId: 't-1' } },
      { type: ThingMadeV1, payload: { thingId: 't-2!' } },
    ]);
  });

  it('publishes nothing for an event it does not list', async () => {
    const events = new RecordedEvents();
    await new Reaction(events).handle(new ThingIgnored());
    expect(events.published).toEqual([]);
  });
});
