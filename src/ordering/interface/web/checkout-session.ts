import { PostalAddress } from '../../domain/postal-address';

/** What the checkout steps have gathered so far, kept in the server-side session between pages. */
export interface CheckoutState {
  billing?: PostalAddress;
  delivery?: PostalAddress;
  sameAsBilling?: boolean;
  deliveryOption?: string;
  /** The confirm page's form token: the idempotency key of the order it places. */
  formToken?: string;
}

declare module 'express-session' {
  interface SessionData {
    checkout?: CheckoutState;
  }
}

export const CHECKOUT_STEPS = ['Basket', 'Billing', 'Delivery', 'Delivery Options', 'Confirm'];
export const CHECKOUT_HREFS = [
  '/basket',
  '/checkout/billing',
  '/checkout/delivery',
  '/checkout/delivery-options',
  '/checkout/confirm',
];
