import { publishes, publishingReaction } from '../../../shared/application/publishing-reaction';
import {
  AccountSuspended,
  CandidateProfileChanged,
  EmailChanged,
  EmailVerified,
} from '../../domain/account.events';
import { Role } from '../../domain/account';
import {
  AccountSuspendedV1,
  CandidateProfileChangedV1,
  EmailChangedV1,
  EmailVerifiedV1,
} from '../../identity.integration-events';

/** Identity's published contracts, from its domain events. */
export const PublishIdentityIntegrationEvents = publishingReaction([
  publishes(EmailVerified, EmailVerifiedV1, ({ accountId, role, email }) => ({
    accountId,
    role: role as Role,
    email,
  })),
  publishes(EmailChanged, EmailChangedV1, ({ accountId, previousEmail, email }) => ({
    accountId,
    previousEmail,
    email,
  })),
  publishes(AccountSuspended, AccountSuspendedV1, ({ accountId }) => ({ accountId })),
  publishes(CandidateProfileChanged, CandidateProfileChangedV1, ({ accountId, displayName, hasPhoto }) => ({
    accountId,
    displayName,
    hasPhoto,
  })),
]);
