// The Achievements bounded context: candidates' certificated achievements, their document cards and
// PDFs (eCertificate, eTranscript), public verification, staff imports and corrections, and enquiries.
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { PublishAchievementsIntegrationEvents } from './application/events/publish-integration-events';
import { CqrsModule } from '@nestjs/cqrs';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { CorrectAchievementHandler } from './application/commands/correct-achievement/correct-achievement.handler';
import { FollowUpEnquiryHandler } from './application/commands/follow-up-enquiry/follow-up-enquiry.handler';
import { ImportAchievementsHandler } from './application/commands/import-achievements/import-achievements.handler';
import { AchievementImporter } from './application/services/achievement-importer';
import { RaiseEnquiryHandler } from './application/commands/raise-enquiry/raise-enquiry.handler';
import { ReplyToEnquiryHandler } from './application/commands/reply-to-enquiry/reply-to-enquiry.handler';
import { RevokeAchievementHandler } from './application/commands/revoke-achievement/revoke-achievement.handler';
import { SeedDemoAchievementsHandler } from './application/commands/seed-demo-achievements/seed-demo-achievements.handler';
import { EmailCandidateAboutReply, EmailStaffAboutEnquiry } from './application/events/email-enquiry-steps';
import { CandidateAccounts } from './application/ports/candidate-accounts';
import { CandidateRegister } from './application/ports/candidate-register';
import { DocumentSettings } from './application/ports/document-settings';
import { QrCodes } from './application/ports/qr-codes';
import { CountCandidateAchievementsHandler } from './application/queries/count-candidate-achievements/count-candidate-achievements.handler';
import { GetAchievementHandler } from './application/queries/get-achievement/get-achievement.handler';
import { GetCandidateNumberHandler } from './application/queries/get-candidate-number/get-candidate-number.handler';
import { GetHolderLinksHandler } from './application/queries/get-holder-links/get-holder-links.handler';
import { GetAchievementSummariesHandler } from './application/queries/get-achievement-summaries/get-achievement-summaries.handler';
import { GetCandidateEnquiryHandler } from './application/queries/get-candidate-enquiry/get-candidate-enquiry.handler';
import { GetDocumentCardHandler } from './application/queries/get-document-card/get-document-card.handler';
import { GetDocumentCardsHandler } from './application/queries/get-document-cards/get-document-cards.handler';
import { GetDocumentPdfHandler } from './application/queries/get-document-pdf/get-document-pdf.handler';
import { GetEnquiryHandler } from './application/queries/get-enquiry/get-enquiry.handler';
import { ListCandidateAchievementsHandler } from './application/queries/list-candidate-achievements/list-candidate-achievements.handler';
import { ListCandidateEnquiriesHandler } from './application/queries/list-candidate-enquiries/list-candidate-enquiries.handler';
import { ListEnquiriesHandler } from './application/queries/list-enquiries/list-enquiries.handler';
import { GetDocumentPdfForStaffHandler } from './application/queries/get-document-pdf-for-staff/get-document-pdf-for-staff.handler';
import { AdminDocumentDownloadsController } from './interface/admin/admin-document-downloads.controller';
import { AdminDocumentPagesController } from './interface/admin/admin-document-pages.controller';
import { AdminAchievementPagesController } from './interface/admin/admin-achievement-pages.controller';
import { SearchAchievementsHandler } from './application/queries/search-achievements/search-achievements.handler';
import { AchievementSearch } from './application/ports/achievement-search';
import { SqlAchievementSearch } from './infrastructure/persistence/sql-achievement-search';
import { AchievementRecords } from './application/ports/achievement-records';
import { SqlAchievementRecords } from './infrastructure/persistence/sql-achievement-records';
import { ListShareableAchievementsHandler } from './application/queries/list-shareable-achievements/list-shareable-achievements.handler';
import { CheckUploadedDocumentHandler } from './application/queries/check-uploaded-document/check-uploaded-document.handler';
import { GetAchievementCredentialHandler } from './application/queries/get-achievement-credential/get-achievement-credential.handler';
import { GetCredentialIssuerHandler } from './application/queries/get-credential-issuer/get-credential-issuer.handler';
import { GetCredentialStatusListHandler } from './application/queries/get-credential-status-list/get-credential-status-list.handler';
import { UpdateCredentialStatusHandler } from './application/commands/update-credential-status/update-credential-status.handler';
import { QueueCredentialStatusUpdate } from './application/events/update-credential-status-steps';
import { CredentialSigner } from './application/ports/credential-signer';
import { CredentialStatusRegistry } from './application/ports/credential-status-registry';
import { OpenBadgeCredentials } from './application/services/open-badge-credentials';
import { credentialSigningKey } from './infrastructure/credentials/credential-signing-key';
import { DataIntegrityCredentialSigner } from './infrastructure/credentials/data-integrity-credential-signer';
import { UpdateCredentialStatusJobHandler } from './infrastructure/jobs/update-credential-status.job-handler';
import { SqlCredentialStatusRegistry } from './infrastructure/persistence/sql-credential-status-registry';
import { CredentialsController } from './interface/http/credentials.controller';
import { CheckCredentialHandler } from './application/queries/check-credential/check-credential.handler';
import { CredentialChecker } from './application/ports/credential-checker';
import { DataIntegrityCredentialChecker } from './infrastructure/credentials/data-integrity-credential-checker';
import { VerifyDocumentHandler } from './application/queries/verify-document/verify-document.handler';
import { AchievementDocuments } from './application/services/achievement-documents';
import { AchievementRepository } from './domain/achievement.repository';
import { EnquiryRepository } from './domain/enquiry.repository';
import { CertificateCountContributor } from './infrastructure/adapters/certificate-count-contributor';
import { WaitingEnquiriesContributor } from './infrastructure/adapters/waiting-enquiries-contributor';
import { ConfigDocumentSettings } from './infrastructure/adapters/config-document-settings';
import { IdentityCandidateAccounts } from './infrastructure/adapters/identity-candidate-accounts';
import { IdentityCandidateRegister } from './infrastructure/adapters/identity-candidate-register';
import { QrcodeQrCodes } from './infrastructure/adapters/qrcode-qr-codes';
import { AchievementSchema } from './infrastructure/persistence/achievement.schema';
import { EnquirySchema } from './infrastructure/persistence/enquiry.schema';
import { MikroOrmAchievementRepository } from './infrastructure/persistence/mikro-orm-achievement.repository';
import { MikroOrmEnquiryRepository } from './infrastructure/persistence/mikro-orm-enquiry.repository';
import { AdminAchievementsController } from './interface/admin/admin-achievements.controller';
import { AdminEnquiryPagesController } from './interface/admin/admin-enquiry-pages.controller';
import { CandidateLookup } from './interface/candidate-lookup';
import { ImportAchievementsCliCommand } from './interface/cli/import-achievements.cli-command';
import { MyAchievementsController } from './interface/http/my-achievements.controller';
import { VerificationsController } from './interface/http/verifications.controller';
import { DocumentPagesController } from './interface/web/document-pages.controller';
import { EnquiryPagesController } from './interface/web/enquiry-pages.controller';
import { VerificationPageController } from './interface/web/verification-page.controller';

const commandHandlers = [
  ImportAchievementsHandler,
  CorrectAchievementHandler,
  RevokeAchievementHandler,
  RaiseEnquiryHandler,
  FollowUpEnquiryHandler,
  ReplyToEnquiryHandler,
  SeedDemoAchievementsHandler,
  UpdateCredentialStatusHandler,
];

const queryHandlers = [
  ListCandidateAchievementsHandler,
  GetDocumentCardHandler,
  GetDocumentCardsHandler,
  GetDocumentPdfHandler,
  VerifyDocumentHandler,
  CheckUploadedDocumentHandler,
  GetAchievementCredentialHandler,
  CheckCredentialHandler,
  GetCredentialIssuerHandler,
  GetCredentialStatusListHandler,
  CountCandidateAchievementsHandler,
  ListShareableAchievementsHandler,
  GetAchievementSummariesHandler,
  ListCandidateEnquiriesHandler,
  GetCandidateEnquiryHandler,
  ListEnquiriesHandler,
  SearchAchievementsHandler,
  GetDocumentPdfForStaffHandler,
  GetEnquiryHandler,
  GetAchievementHandler,
  GetCandidateNumberHandler,
  GetHolderLinksHandler,
];

@Module({
  imports: [CqrsModule, MikroOrmModule.forFeature([AchievementSchema, EnquirySchema])],
  controllers: [
    MyAchievementsController,
    VerificationsController,
    CredentialsController,
    AdminAchievementsController,
    DocumentPagesController,
    EnquiryPagesController,
    VerificationPageController,
    AdminEnquiryPagesController,
    AdminDocumentDownloadsController,
    AdminDocumentPagesController,
    AdminAchievementPagesController,
  ],
  providers: [
    PublishAchievementsIntegrationEvents,
    ...commandHandlers,
    ...queryHandlers,
    EmailStaffAboutEnquiry,
    EmailCandidateAboutReply,
    AchievementDocuments,
    OpenBadgeCredentials,
    QueueCredentialStatusUpdate,
    UpdateCredentialStatusJobHandler,
    { provide: CredentialStatusRegistry, useClass: SqlCredentialStatusRegistry },
    { provide: CredentialChecker, useClass: DataIntegrityCredentialChecker },
    {
      provide: CredentialSigner,
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => {
        const key = credentialSigningKey({
          secretKeyMultibase: config.signing.credentialKey,
          dataDir: config.dataDir,
        });
        const signer = new DataIntegrityCredentialSigner({
          publicUrl: config.publicUrl,
          issuerName: config.brand.name,
          key,
        });
        await signer.ready;
        return signer;
      },
    },
    AchievementImporter,
    CandidateLookup,
    ImportAchievementsCliCommand,
    CertificateCountContributor,
    WaitingEnquiriesContributor,
    { provide: AchievementRepository, useClass: MikroOrmAchievementRepository },
    { provide: EnquiryRepository, useClass: MikroOrmEnquiryRepository },
    { provide: CandidateAccounts, useClass: IdentityCandidateAccounts },
    { provide: CandidateRegister, useClass: IdentityCandidateRegister },
    { provide: QrCodes, useClass: QrcodeQrCodes },
    { provide: AchievementSearch, useClass: SqlAchievementSearch },
    { provide: AchievementRecords, useClass: SqlAchievementRecords },
    {
      provide: DocumentSettings,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new ConfigDocumentSettings(config),
    },
  ],
  exports: [AchievementDocuments],
})
export class AchievementsModule {}
