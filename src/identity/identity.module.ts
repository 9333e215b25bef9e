import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { PrincipalResolver } from '../shared/web/authentication/principal-resolver';
import { ResolvePrincipalMiddleware } from '../shared/web/authentication/resolve-principal.middleware';
import { ApproveRegistrationHandler } from './registration/application/commands/approve-registration/approve-registration.handler';
import { ChangeCredentialsHandler } from './profile/application/commands/change-credentials/change-credentials.handler';
import { CreateStaffAccountHandler } from './access/application/commands/create-staff-account/create-staff-account.handler';
import { ImportCandidateRecordsHandler } from './registration/application/commands/import-candidate-records/import-candidate-records.handler';
import { IssueAccessTokenHandler } from './access/application/commands/issue-access-token/issue-access-token.handler';
import { LogInHandler } from './access/application/commands/log-in/log-in.handler';
import { PublishIdentityIntegrationEvents } from './application/events/publish-integration-events';
import { EmailVerificationResender } from './application/services/email-verification-resender';
import { LoginGuard } from './application/services/login-guard';
import { AccessTokenIssuer } from './access/application/services/access-token-issuer';
import { NotifyRegistrationAttemptHandler } from './registration/application/commands/notify-registration-attempt/notify-registration-attempt.handler';
import { RegisterCandidateHandler } from './registration/application/commands/register-candidate/register-candidate.handler';
import { RegisterThirdPartyHandler } from './registration/application/commands/register-third-party/register-third-party.handler';
import { RejectRegistrationHandler } from './registration/application/commands/reject-registration/reject-registration.handler';
import { IssuePasswordResetHandler } from './access/application/commands/issue-password-reset/issue-password-reset.handler';
import { RequestPasswordResetHandler } from './access/application/commands/request-password-reset/request-password-reset.handler';
import { IssuePasswordResetJob } from './access/infrastructure/jobs/issue-password-reset.job-handler';
import { ResendEmailVerificationHandler } from './registration/application/commands/resend-email-verification/resend-email-verification.handler';
import { ResetPasswordHandler } from './access/application/commands/reset-password/reset-password.handler';
import { RevokeAccessTokenHandler } from './access/application/commands/revoke-access-token/revoke-access-token.handler';
import { SeedDemoDataHandler } from './registration/application/commands/seed-demo-data/seed-demo-data.handler';
import { UpdateProfileHandler } from './profile/application/commands/update-profile/update-profile.handler';
import { VerifyEmailHandler } from './registration/application/commands/verify-email/verify-email.handler';
import { VerifySecondFactorHandler } from './access/application/commands/verify-second-factor/verify-second-factor.handler';
import { CommonPasswordList } from './application/ports/common-password-list';
import { IdentityLinks } from './application/ports/identity-links';
import { PageDirectory } from './profile/application/ports/page-directory';
import { PasswordHasher } from './application/ports/password-hasher';
import { SecondFactor } from './application/ports/second-factor';
import { FindAvailablePagesHandler } from './profile/application/queries/find-available-pages/find-available-pages.handler';
import { FindCandidateNumbersHandler } from './registration/application/queries/find-candidate-numbers/find-candidate-numbers.handler';
import { GetAccountSummariesHandler } from './profile/application/queries/get-account-summaries/get-account-summaries.handler';
import { GetCandidateIdentityHandler } from './registration/application/queries/get-candidate-identity/get-candidate-identity.handler';
import { FindCandidateByDetailsHandler } from './registration/application/queries/find-candidate-by-details/find-candidate-by-details.handler';
import { GetMeHandler } from './profile/application/queries/get-me/get-me.handler';
import { CheckPasswordLinkHandler } from './access/application/queries/check-password-link/check-password-link.handler';
import { ListWaitingItemsHandler } from './profile/application/queries/list-waiting-items/list-waiting-items.handler';
import { GetSecondFactorEnrolmentHandler } from './access/application/queries/get-second-factor-enrolment/get-second-factor-enrolment.handler';
import { ListRegistrationsHandler } from './registration/application/queries/list-registrations/list-registrations.handler';
import { IdentityMailer } from './application/services/identity-mailer';
import { LOCKOUT_POLICY } from './access/application/services/lockout-policy.token';
import { PasswordPolicy } from './application/services/password-policy';
import { RegistrationCredentials } from './registration/application/services/registration-credentials';
import { AccessTokenRepository } from './domain/access-token';
import { AccountRepository } from './domain/account.repository';
import { CandidateRecordRepository } from './domain/candidate-record.repository';
import { LoginAttemptRepository } from './domain/login-lockout';
import { LoginLedger } from './application/ports/login-ledger';
import { SqlLoginLedger } from './infrastructure/persistence/sql-login-ledger';
import { OneTimeTokenRepository } from './domain/one-time-token';
import { Argon2PasswordHasher } from './infrastructure/adapters/argon2-password-hasher';
import { ConfiguredIdentityLinks } from './infrastructure/adapters/configured-identity-links';
import { RouterPageDirectory } from './profile/infrastructure/adapters/router-page-directory';
import { IdentityPrincipalResolver } from './access/infrastructure/adapters/identity-principal-resolver';
import { OtplibSecondFactor } from './infrastructure/adapters/otplib-second-factor';
import { ZxcvbnCommonPasswordList } from './infrastructure/adapters/zxcvbn-common-password-list';
import { AccountSchema } from './infrastructure/persistence/account.schema';
import { MikroOrmAccountRepository } from './infrastructure/persistence/mikro-orm-account.repository';
import { AccountSummaries } from './profile/application/ports/account-summaries';
import { SqlAccountSummaries } from './profile/infrastructure/persistence/sql-account-summaries';
import { CandidateIdentities } from './registration/application/ports/candidate-identities';
import { SqlCandidateIdentities } from './registration/infrastructure/persistence/sql-candidate-identities';
import {
  MikroOrmAccessTokenRepository,
  MikroOrmOneTimeTokenRepository,
} from './infrastructure/persistence/mikro-orm-token.repositories';
import { SqlCandidateRecordRepository } from './registration/infrastructure/persistence/sql-candidate-record.repository';
import { SqlLoginAttemptRepository } from './access/infrastructure/persistence/sql-login-attempt.repository';
import { AccessTokenSchema, OneTimeTokenSchema } from './infrastructure/persistence/token.schemas';
import { AdminAccountsController } from './access/interface/admin/admin-accounts.controller';
import { AccountActionPagesController } from './access/interface/admin/account-action-pages.controller';
import { RemoveStaffAccountHandler } from './access/application/commands/remove-staff-account/remove-staff-account.handler';
import { ListStaffAccountsHandler } from './access/application/queries/list-staff-accounts/list-staff-accounts.handler';
import { ResendAccountEmailHandler } from './access/application/commands/resend-account-email/resend-account-email.handler';
import { SuspendAccountHandler } from './access/application/commands/suspend-account/suspend-account.handler';
import { ReinstateAccountHandler } from './access/application/commands/reinstate-account/reinstate-account.handler';
import { SearchAccountsHandler } from './access/application/queries/search-accounts/search-accounts.handler';
import { GetAccountForStaffHandler } from './access/application/queries/get-account-for-staff/get-account-for-staff.handler';
import { AccountSearch } from './access/application/ports/account-search';
import { SqlAccountSearch } from './access/infrastructure/persistence/sql-account-search';
import { AdminRegistrationsController } from './registration/interface/admin/admin-registrations.controller';
import { AdminStaffAccountsController } from './access/interface/admin/admin-staff-accounts.controller';
import { CandidateRecordImportsController } from './registration/interface/admin/candidate-record-imports.controller';
import { AuthTokenController } from './access/interface/http/auth-token.controller';
import { EmailVerificationsController } from './registration/interface/http/email-verifications.controller';
import { MeController } from './profile/interface/http/me.controller';
import { PasswordResetsController } from './access/interface/http/password-resets.controller';
import { RegistrationsController } from './registration/interface/http/registrations.controller';
import { RegistrationStaffPagesController } from './registration/interface/admin/registration-staff-pages.controller';
import { StaffAccountPagesController } from './access/interface/admin/staff-account-pages.controller';
import { CandidateRegistrationController } from './registration/interface/web/candidate-registration.controller';
import { EmailVerificationPageController } from './registration/interface/web/email-verification-page.controller';
import { HomePageController } from './profile/interface/web/home-page.controller';
import { LoginPageController } from './access/interface/web/login-page.controller';
import { PasswordResetPageController } from './access/interface/web/password-reset-page.controller';
import { RegistrationOutcomeController } from './registration/interface/web/registration-outcome.controller';
import { ThirdPartyRegistrationController } from './registration/interface/web/third-party-registration.controller';
import { AddAddressHandler } from './profile/application/commands/add-address/add-address.handler';
import { ChooseDefaultAddressHandler } from './profile/application/commands/choose-default-address/choose-default-address.handler';
import { RemoveAddressHandler } from './profile/application/commands/remove-address/remove-address.handler';
import { RemoveProfilePhotoHandler } from './profile/application/commands/remove-profile-photo/remove-profile-photo.handler';
import { SetProfilePhotoHandler } from './profile/application/commands/set-profile-photo/set-profile-photo.handler';
import { UpdateAddressHandler } from './profile/application/commands/update-address/update-address.handler';
import { PhotoProcessor } from './profile/application/ports/photo-processor';
import { GetAddressHandler } from './profile/application/queries/get-address/get-address.handler';
import { GetCandidatePhotoHandler } from './profile/application/queries/get-candidate-photo/get-candidate-photo.handler';
import { ListAddressesHandler } from './profile/application/queries/list-addresses/list-addresses.handler';
import { AddressRepository } from './domain/address.repository';
import { SharpPhotoProcessor } from './profile/infrastructure/adapters/sharp-photo-processor';
import { AddressSchema } from './profile/infrastructure/persistence/address.schema';
import { MikroOrmAddressRepository } from './profile/infrastructure/persistence/mikro-orm-address.repository';
import { MeAddressesController } from './profile/interface/http/me-addresses.controller';
import { MePhotoController } from './profile/interface/http/me-photo.controller';
import { AddressBookPagesController } from './profile/interface/web/address-book-pages.controller';
import { ProfilePageController } from './profile/interface/web/profile-page.controller';

const commandHandlers = [
  RegisterCandidateHandler,
  RegisterThirdPartyHandler,
  NotifyRegistrationAttemptHandler,
  VerifyEmailHandler,
  ResendEmailVerificationHandler,
  RequestPasswordResetHandler,
  IssuePasswordResetHandler,
  ResetPasswordHandler,
  LogInHandler,
  VerifySecondFactorHandler,
  IssueAccessTokenHandler,
  RevokeAccessTokenHandler,
  ChangeCredentialsHandler,
  UpdateProfileHandler,
  ApproveRegistrationHandler,
  RejectRegistrationHandler,
  CreateStaffAccountHandler,
  ImportCandidateRecordsHandler,
  SeedDemoDataHandler,
  // The profile: photo and address book.
  SetProfilePhotoHandler,
  RemoveProfilePhotoHandler,
  AddAddressHandler,
  UpdateAddressHandler,
  RemoveAddressHandler,
  ChooseDefaultAddressHandler,
  // The back office: suspending and reinstating accounts.
  SuspendAccountHandler,
  ReinstateAccountHandler,
  RemoveStaffAccountHandler,
  ResendAccountEmailHandler,
];

const queryHandlers = [
  GetMeHandler,
  CheckPasswordLinkHandler,
  ListWaitingItemsHandler,
  FindAvailablePagesHandler,
  GetCandidateIdentityHandler,
  FindCandidateByDetailsHandler,
  GetAccountSummariesHandler,
  ListRegistrationsHandler,
  GetSecondFactorEnrolmentHandler,
  FindCandidateNumbersHandler,
  GetCandidatePhotoHandler,
  ListAddressesHandler,
  GetAddressHandler,
  SearchAccountsHandler,
  GetAccountForStaffHandler,
  ListStaffAccountsHandler,
];

/**
 * The Identity bounded context: candidate records and matching, accounts (candidates, third parties,
 * staff), registration and its authorisation by staff, login (sessions, bearer tokens, TOTP for staff),
 * passwords, email verification, the profile (personal details, photo, address book), and who is behind
 * each request.
 */
@Module({
  imports: [
    DiscoveryModule,
    MikroOrmModule.forFeature([AccountSchema, AccessTokenSchema, OneTimeTokenSchema, AddressSchema]),
  ],
  controllers: [
    AuthTokenController,
    RegistrationsController,
    EmailVerificationsController,
    PasswordResetsController,
    MeController,
    MePhotoController,
    MeAddressesController,
    CandidateRecordImportsController,
    AdminRegistrationsController,
    AdminStaffAccountsController,
    AdminAccountsController,
    AccountActionPagesController,
    LoginPageController,
    CandidateRegistrationController,
    RegistrationOutcomeController,
    ThirdPartyRegistrationController,
    EmailVerificationPageController,
    PasswordResetPageController,
    HomePageController,
    RegistrationStaffPagesController,
    StaffAccountPagesController,
    ProfilePageController,
    AddressBookPagesController,
  ],
  providers: [
    { provide: AccountRepository, useClass: MikroOrmAccountRepository },
    { provide: AccountSummaries, useClass: SqlAccountSummaries },
    { provide: CandidateIdentities, useClass: SqlCandidateIdentities },
    { provide: CandidateRecordRepository, useClass: SqlCandidateRecordRepository },
    { provide: AccessTokenRepository, useClass: MikroOrmAccessTokenRepository },
    { provide: OneTimeTokenRepository, useClass: MikroOrmOneTimeTokenRepository },
    { provide: LoginAttemptRepository, useClass: SqlLoginAttemptRepository },
    { provide: LoginLedger, useClass: SqlLoginLedger },
    { provide: PasswordHasher, useClass: Argon2PasswordHasher },
    { provide: CommonPasswordList, useClass: ZxcvbnCommonPasswordList },
    { provide: SecondFactor, useClass: OtplibSecondFactor },
    { provide: IdentityLinks, useClass: ConfiguredIdentityLinks },
    { provide: PageDirectory, useClass: RouterPageDirectory },
    { provide: LOCKOUT_POLICY, useFactory: (config: AppConfig) => config.loginLockout, inject: [APP_CONFIG] },
    { provide: PrincipalResolver, useClass: IdentityPrincipalResolver },
    { provide: AddressRepository, useClass: MikroOrmAddressRepository },
    { provide: PhotoProcessor, useClass: SharpPhotoProcessor },
    { provide: AccountSearch, useClass: SqlAccountSearch },
    PasswordPolicy,
    IssuePasswordResetJob,
    RegistrationCredentials,
    IdentityMailer,
    LoginGuard,
    AccessTokenIssuer,
    EmailVerificationResender,
    PublishIdentityIntegrationEvents,
    ...commandHandlers,
    ...queryHandlers,
  ],
})
export class IdentityModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Every request, pages and API alike, learns who is behind it before any guard runs.
    consumer.apply(ResolvePrincipalMiddleware).forRoutes('*');
  }
}
