// The ordered migration history of the whole database. Add each new migration here (MikroORM runs
// this list rather than scanning the folder, so compiled, ts-node and Jest runs all see the same set).
import { Migration20261129000000Platform } from './Migration20261129000000Platform';
import { Migration20261129103726Achievements } from './Migration20261129103726Achievements';
import { Migration20261129104005Support } from './Migration20261129104005Support';
import { Migration20261129104019AuditEvents } from './Migration20261129104019AuditEvents';
import { Migration20261129104020Identity } from './Migration20261129104020Identity';
import { Migration20261129104540Sharing } from './Migration20261129104540Sharing';
import { Migration20261129104700Ordering } from './Migration20261129104700Ordering';
import { Migration20261129110900IdentityAddressBook } from './Migration20261129110900IdentityAddressBook';
import { Migration20261129113000BackOfficeSearch } from './Migration20261129113000BackOfficeSearch';
import { Migration20261129113500BackOfficeImports } from './Migration20261129113500BackOfficeImports';
import { Migration20261129114000AuditAppendOnly } from './Migration20261129114000AuditAppendOnly';
import { Migration20261129122000AccountSearchByBirthDate } from './Migration20261129122000AccountSearchByBirthDate';
import { Migration20261204161000OutboxCompletion } from './Migration20261204161000OutboxCompletion';
import { Migration20261204162000CredentialStatus } from './Migration20261204162000CredentialStatus';
import { Migration20261205100000PaymentAttemptIdempotency } from './Migration20261205100000PaymentAttemptIdempotency';
import { Migration20261205110000CandidateRecordNearNames } from './Migration20261205110000CandidateRecordNearNames';
import { Migration20261205120000ConnectionsBelongToThirdPartyAccounts } from './Migration20261205120000ConnectionsBelongToThirdPartyAccounts';
import { Migration20261205121000UnmatchedConnectionRequests } from './Migration20261205121000UnmatchedConnectionRequests';
import { Migration20261206100000ConnectionExpiryEndsUkDay } from './Migration20261206100000ConnectionExpiryEndsUkDay';
import { Migration20261206120000PrincipalChangeNotifications } from './Migration20261206120000PrincipalChangeNotifications';
import { Migration20261206130000ConnectionsKeepCandidateProfile } from './Migration20261206130000ConnectionsKeepCandidateProfile';
import { Migration20261207100000IndexedStaffQueries } from './Migration20261207100000IndexedStaffQueries';
import { Migration20261207110000ConnectionChangeNotifications } from './Migration20261207110000ConnectionChangeNotifications';
import { Migration20261207120000BasketChangeNotifications } from './Migration20261207120000BasketChangeNotifications';
import { Migration20261207130000CandidateIdentityChangeNotifications } from './Migration20261207130000CandidateIdentityChangeNotifications';

export const migrationsList = [
  { name: 'Migration20261129000000Platform', class: Migration20261129000000Platform },
  { name: 'Migration20261129103726Achievements', class: Migration20261129103726Achievements },
  { name: 'Migration20261129104005Support', class: Migration20261129104005Support },
  { name: 'Migration20261129104019AuditEvents', class: Migration20261129104019AuditEvents },
  { name: 'Migration20261129104020Identity', class: Migration20261129104020Identity },
  { name: 'Migration20261129104540Sharing', class: Migration20261129104540Sharing },
  { name: 'Migration20261129104700Ordering', class: Migration20261129104700Ordering },
  { name: 'Migration20261129110900IdentityAddressBook', class: Migration20261129110900IdentityAddressBook },
  { name: 'Migration20261129113000BackOfficeSearch', class: Migration20261129113000BackOfficeSearch },
  { name: 'Migration20261129113500BackOfficeImports', class: Migration20261129113500BackOfficeImports },
  { name: 'Migration20261129114000AuditAppendOnly', class: Migration20261129114000AuditAppendOnly },
  {
    name: 'Migration20261129122000AccountSearchByBirthDate',
    class: Migration20261129122000AccountSearchByBirthDate,
  },
  { name: 'Migration20261204161000OutboxCompletion', class: Migration20261204161000OutboxCompletion },
  { name: 'Migration20261204162000CredentialStatus', class: Migration20261204162000CredentialStatus },
  {
    name: 'Migration20261205100000PaymentAttemptIdempotency',
    class: Migration20261205100000PaymentAttemptIdempotency,
  },
  {
    name: 'Migration20261205110000CandidateRecordNearNames',
    class: Migration20261205110000CandidateRecordNearNames,
  },
  {
    name: 'Migration20261205120000ConnectionsBelongToThirdPartyAccounts',
    class: Migration20261205120000ConnectionsBelongToThirdPartyAccounts,
  },
  {
    name: 'Migration20261205121000UnmatchedConnectionRequests',
    class: Migration20261205121000UnmatchedConnectionRequests,
  },
  {
    name: 'Migration20261206100000ConnectionExpiryEndsUkDay',
    class: Migration20261206100000ConnectionExpiryEndsUkDay,
  },
  {
    name: 'Migration20261206120000PrincipalChangeNotifications',
    class: Migration20261206120000PrincipalChangeNotifications,
  },
  {
    name: 'Migration20261206130000ConnectionsKeepCandidateProfile',
    class: Migration20261206130000ConnectionsKeepCandidateProfile,
  },
  {
    name: 'Migration20261207100000IndexedStaffQueries',
    class: Migration20261207100000IndexedStaffQueries,
  },
  {
    name: 'Migration20261207110000ConnectionChangeNotifications',
    class: Migration20261207110000ConnectionChangeNotifications,
  },
  {
    name: 'Migration20261207120000BasketChangeNotifications',
    class: Migration20261207120000BasketChangeNotifications,
  },
  {
    name: 'Migration20261207130000CandidateIdentityChangeNotifications',
    class: Migration20261207130000CandidateIdentityChangeNotifications,
  },
];
