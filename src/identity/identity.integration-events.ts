import { integrationEvent } from '../shared/application/integration-events';

// What Identity tells the other contexts, as versioned contracts (delivered after Identity's commit,
// through the outbox; subscribe with @SubscribesTo and handle idempotently).

/** The account's owner proved they receive mail at `email` (a new account, or a confirmed change). */
export const EmailVerifiedV1 = integrationEvent<{
  accountId: string;
  role: 'candidate' | 'third_party' | 'staff';
  email: string;
}>('identity.email-verified', 1);

/** The account's login email is now `email`; mail about the account goes there. */
export const EmailChangedV1 = integrationEvent<{
  accountId: string;
  previousEmail: string;
  email: string;
}>('identity.email-changed', 1);

/** Staff suspended the account: its sessions and tokens have ended. */
export const AccountSuspendedV1 = integrationEvent<{ accountId: string }>('identity.account-suspended', 1);

/**
 * What third parties see of a candidate changed: the name, or whether there is a profile photo (the
 * photo itself stays Identity's: GetCandidatePhoto).
 */
export const CandidateProfileChangedV1 = integrationEvent<{
  accountId: string;
  displayName: string;
  hasPhoto: boolean;
}>('identity.candidate-profile-changed', 1);
