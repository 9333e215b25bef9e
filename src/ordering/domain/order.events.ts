import { DomainEvent } from '../../shared/domain';

export class OrderPlaced extends DomainEvent {
  readonly eventName = 'ordering.order-placed';
  constructor(readonly orderId: string) {
    super();
  }
}

export class OrderPaid extends DomainEvent {
  readonly eventName = 'ordering.order-paid';
  constructor(readonly orderId: string) {
    super();
  }
}

export class OrderPaymentFailed extends DomainEvent {
  readonly eventName = 'ordering.order-payment-failed';
  constructor(
    readonly orderId: string,
    readonly outcome: string,
  ) {
    super();
  }
}

export class OrderCancelled extends DomainEvent {
  readonly eventName = 'ordering.order-cancelled';
  constructor(readonly orderId: string) {
    super();
  }
}

export class OrderDispatched extends DomainEvent {
  readonly eventName = 'ordering.order-dispatched';
  constructor(readonly orderId: string) {
    super();
  }
}
