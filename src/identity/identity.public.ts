// The only file other contexts (and the command line) may import from Identity: its commands, queries
// and integration events.

// Queries other contexts ask.
export { GetCandidateIdentity } from './registration/application/queries/get-candidate-identity/get-candidate-identity.query';
export type { CandidateIdentity } from './registration/application/views/candidate-identity';
// Sharing: a third party's connection request names a candidate by number, surname and date of birth.
export { FindCandidateByDetails } from './registration/application/queries/find-candidate-by-details/find-candidate-by-details.query';
export type { MatchedCandidate } from './registration/application/queries/find-candidate-by-details/find-candidate-by-details.query';
export { FindCandidateNumbers } from './registration/application/queries/find-candidate-numbers/find-candidate-numbers.query';
export { GetAccountSummaries } from './profile/application/queries/get-account-summaries/get-account-summaries.query';
export type { AccountSummary } from './profile/application/views/account-summary';

// The profile photo, for a reader the caller has already authorised (Sharing: an active connection).
export { GetCandidatePhoto } from './profile/application/queries/get-candidate-photo/get-candidate-photo.query';
export type { CandidatePhoto } from './profile/application/views/candidate-photo';
// The address book, for Ordering's checkout (billing and delivery addresses).
export { ListAddresses } from './profile/application/queries/list-addresses/list-addresses.query';
export type { AddressView } from './profile/application/views/address-view';
export { GetAddress } from './profile/application/queries/get-address/get-address.query';

// Contributing the profile header's counts (orders, certificates, letters).
export { accountCountsFromQuery, ContributesAccountCounts } from './profile/application/ports/account-counts';
export type { AccountCounts, AccountCountsContributor } from './profile/application/ports/account-counts';
// Contributing what waits for a candidate on the dashboard (requests to review, orders to pay, ...).
export { ContributesWaitingItems, waitingItemsFromQuery } from './profile/application/ports/waiting-items';
export type { WaitingItem, WaitingItemsContributor } from './profile/application/ports/waiting-items';

// Commands for the command line (`npm run cli -- ...`).
export { ImportCandidateRecords } from './registration/application/commands/import-candidate-records/import-candidate-records.command';
export type {
  CandidateRecordSource,
  ImportReport,
} from './registration/application/commands/import-candidate-records/import-candidate-records.command';
export { CreateStaffAccount } from './access/application/commands/create-staff-account/create-staff-account.command';
export type { CreateStaffAccountResult } from './access/application/commands/create-staff-account/create-staff-account.command';
export { SeedDemoData } from './registration/application/commands/seed-demo-data/seed-demo-data.command';
export type { SeedDemoDataResult } from './registration/application/commands/seed-demo-data/seed-demo-data.command';
export { DEMO_ACCOUNTS } from './registration/application/commands/seed-demo-data/demo-data';

// Integration events: versioned contracts delivered through the outbox (subscribe with @SubscribesTo).
export * from './identity.integration-events';
export type { Role, AccountStatus } from './domain/account';

// The back office (src/back-office): the authorisation queue's size, the search box and the candidate page.
export { ListRegistrations } from './registration/application/queries/list-registrations/list-registrations.query';
export type { RegistrationPage } from './registration/application/queries/list-registrations/list-registrations.query';
export { SearchAccounts } from './access/application/queries/search-accounts/search-accounts.query';
export type { AccountSearchHit } from './access/application/queries/search-accounts/search-accounts.query';
export { GetAccountForStaff } from './access/application/queries/get-account-for-staff/get-account-for-staff.query';
export type { StaffAccountView } from './access/application/queries/get-account-for-staff/get-account-for-staff.query';
