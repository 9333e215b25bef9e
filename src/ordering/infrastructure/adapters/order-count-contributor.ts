import { AccountCounts, accountCountsFromQuery } from '../../../identity/identity.public';
import { CountAccountOrders } from '../../application/queries/count-account-orders/count-account-orders.query';

/** The ORDERS and LETTERS counts of the profile header, which Identity adds up. */
export const OrderCountContributor = accountCountsFromQuery(
  (account) => new CountAccountOrders(account.accountId),
  (counts: Partial<AccountCounts>) => counts,
);
