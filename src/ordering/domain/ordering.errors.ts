import { DomainError, InvalidInputError, NotFoundError } from '../../shared/domain';

/**
 * One copy per achievement per product. The same rule answers two different mistakes, so the message
 * says which: a quantity other than 1, or a copy already in the basket or on an unfinished order.
 */
export class OnePerAchievementError extends DomainError {
  constructor(why: 'quantity' | 'already-claimed' = 'already-claimed') {
    super(
      'ORDERING.ONE_PER_ACHIEVEMENT',
      why === 'quantity'
        ? 'You can order one copy of each document: enter 1 as the number of copies.'
        : 'You can order only one copy of each document per achievement, and this one is already in your basket or on an order that is not finished.',
    );
  }
}

export class AchievementNotFoundError extends NotFoundError {
  constructor() {
    super('ORDERING.ACHIEVEMENT_NOT_FOUND', 'We could not find that achievement among yours.');
  }
}

export class AchievementRevokedError extends DomainError {
  constructor() {
    super('ORDERING.ACHIEVEMENT_REVOKED', 'Reprints cannot be ordered for a revoked achievement.');
  }
}

export class NotACandidateError extends DomainError {
  constructor() {
    super(
      'ORDERING.NOT_A_CANDIDATE',
      'Only candidates linked to their candidate record can order documents.',
      'forbidden',
    );
  }
}

export class UnknownProductError extends InvalidInputError {
  constructor(code: string) {
    super('ORDERING.UNKNOWN_PRODUCT', `There is no product "${code}".`, [
      { field: 'product', message: 'Choose a product we sell.' },
    ]);
  }
}

export class BasketItemNotFoundError extends NotFoundError {
  constructor() {
    super('ORDERING.BASKET_ITEM_NOT_FOUND', 'That item is not in your basket.');
  }
}

export class BasketEmptyError extends DomainError {
  constructor() {
    super('ORDERING.BASKET_EMPTY', 'Your basket is empty: add a document before you check out.');
  }
}

export class InvalidAddressError extends InvalidInputError {
  constructor(details: Array<{ field: string; message: string }>) {
    super('ORDERING.INVALID_ADDRESS', 'The address is not complete or not valid: see details.', details);
  }
}

export class UnknownDeliveryOptionError extends InvalidInputError {
  constructor() {
    super('ORDERING.UNKNOWN_DELIVERY_OPTION', 'Choose one of the delivery options.', [
      { field: 'deliveryOption', message: 'Choose one of the delivery options.' },
    ]);
  }
}

export class DeliveryOptionNotAllowedError extends DomainError {
  constructor(international: boolean) {
    super(
      'ORDERING.DELIVERY_OPTION_NOT_ALLOWED',
      international
        ? 'Addresses outside the United Kingdom can only use International delivery: we contact you to arrange it.'
        : 'International delivery is only for addresses outside the United Kingdom.',
    );
  }
}

export class OrderNotFoundError extends NotFoundError {
  constructor() {
    super('ORDERING.ORDER_NOT_FOUND', 'We could not find that order.');
  }
}

export class OrderNotPayableError extends DomainError {
  constructor() {
    super('ORDERING.ORDER_NOT_PAYABLE', 'This order is not waiting for payment.');
  }
}

export class UnknownPaymentProviderError extends NotFoundError {
  constructor() {
    super('ORDERING.UNKNOWN_PAYMENT_PROVIDER', 'We do not take payments through that provider.');
  }
}

export class PaymentUnavailableError extends DomainError {
  constructor() {
    super(
      'ORDERING.PAYMENT_UNAVAILABLE',
      'The card payment service is not answering at the moment. Please try again in a few minutes.',
      'unavailable',
    );
  }
}

export class OrderNotPrintableError extends DomainError {
  constructor(orderNumber: string | number) {
    super(
      'ORDERING.ORDER_NOT_PRINTABLE',
      `Order ${orderNumber} cannot join a print batch: only paid orders not yet in a batch can.`,
      'conflict',
    );
  }
}

export class NothingToBatchError extends DomainError {
  constructor() {
    super('ORDERING.NOTHING_TO_BATCH', 'There are no paid orders waiting to be printed.');
  }
}

export class PrintBatchNotFoundError extends NotFoundError {
  constructor() {
    super('ORDERING.PRINT_BATCH_NOT_FOUND', 'We could not find that print batch.');
  }
}

export class PrintBatchAlreadyDispatchedError extends DomainError {
  constructor() {
    super(
      'ORDERING.PRINT_BATCH_ALREADY_DISPATCHED',
      'This print batch has already been dispatched.',
      'conflict',
    );
  }
}

export class InvalidCatalogueError extends InvalidInputError {
  constructor(details: Array<{ field: string; message: string }>) {
    super('ORDERING.INVALID_CATALOGUE', 'The catalogue change is not valid: see details.', details);
  }
}

/** An amount of money or a VAT rate that is not a whole, non-negative number of pence or basis points. */
export class InvalidAmountError extends InvalidInputError {
  constructor(message: string) {
    super('ORDERING.INVALID_AMOUNT', message);
  }
}

export class NoLettersInBatchError extends DomainError {
  constructor() {
    super('ORDERING.NO_LETTERS_IN_BATCH', 'This print batch has no proof of qualification letters.');
  }
}
