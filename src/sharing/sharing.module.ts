// The Sharing bounded context: connections between a candidate and a third party, their document
// permissions and expiry, third parties' reads of shared documents (checked and logged at every read),
// the emails to both sides and the scheduled expiry job.
import { WaitingConnectionsContributor } from './infrastructure/adapters/waiting-connections-contributor';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Module } from '@nestjs/common';
import { PublishSharingIntegrationEvents } from './application/events/publish-integration-events';
import { CqrsModule } from '@nestjs/cqrs';
import { ScheduleModule } from '@nestjs/schedule';
import { ActivateInvitationsHandler } from './application/commands/activate-invitations/activate-invitations.handler';
import { AddConnectionHandler } from './application/commands/add-connection/add-connection.handler';
import { FollowCandidateEmailHandler } from './application/commands/follow-candidate-email/follow-candidate-email.handler';
import { FollowCandidateProfileHandler } from './application/commands/follow-candidate-profile/follow-candidate-profile.handler';
import { ActivateInvitationsOnEmailVerified } from './infrastructure/subscribers/activate-invitations.subscriber';
import { FollowCandidateEmailOnEmailChanged } from './infrastructure/subscribers/follow-candidate-email.subscriber';
import { FollowCandidateProfileOnProfileChanged } from './infrastructure/subscribers/follow-candidate-profile.subscriber';
import { ApproveConnectionHandler } from './application/commands/approve-connection/approve-connection.handler';
import { ChangeConnectionExpiryHandler } from './application/commands/change-connection-expiry/change-connection-expiry.handler';
import { ChangeConnectionPermissionsHandler } from './application/commands/change-connection-permissions/change-connection-permissions.handler';
import { DeclineConnectionHandler } from './application/commands/decline-connection/decline-connection.handler';
import { DeleteConnectionHandler } from './application/commands/delete-connection/delete-connection.handler';
import { ExpireDueConnectionsHandler } from './application/commands/expire-due-connections/expire-due-connections.handler';
import { RequestConnectionHandler } from './application/commands/request-connection/request-connection.handler';
import { CandidateConnections } from './application/candidate-connections';
import {
  EmailInvitation,
  EmailOutcomeToThirdParty,
  EmailRequestToCandidate,
} from './application/events/email-connection-parties';
import { DueConnections } from './application/ports/due-connections';
import { Parties } from './application/ports/parties';
import { SharedAchievements } from './application/ports/shared-achievements';
import { GetCandidateConnectionHandler } from './application/queries/get-candidate-connection/get-candidate-connection.handler';
import { GetConnectionAccessLogHandler } from './application/queries/get-connection-access-log/get-connection-access-log.handler';
import { GetShareOptionsHandler } from './application/queries/get-share-options/get-share-options.handler';
import { GetSharedCandidatePhotoHandler } from './application/queries/get-shared-candidate-photo/get-shared-candidate-photo.handler';
import { GetSharedDocumentHandler } from './application/queries/get-shared-document/get-shared-document.handler';
import { ListCandidateConnectionsHandler } from './application/queries/list-candidate-connections/list-candidate-connections.handler';
import { ListConnectionsForStaffHandler } from './application/queries/list-connections-for-staff/list-connections-for-staff.handler';
import { ListSharedDocumentsHandler } from './application/queries/list-shared-documents/list-shared-documents.handler';
import { ListThirdPartyConnectionsHandler } from './application/queries/list-third-party-connections/list-third-party-connections.handler';
import { ThirdPartyAccess } from './application/third-party-access';
import { AccessLog } from './domain/access-log';
import { ConnectionRepository } from './domain/connection.repository';
import { AchievementsSharedAchievements } from './infrastructure/adapters/achievements-shared-achievements';
import { IdentityParties } from './infrastructure/adapters/identity-parties';
import { ConnectionSchema } from './infrastructure/persistence/connection.schema';
import { MikroOrmConnectionRepository } from './infrastructure/persistence/mikro-orm-connection.repository';
import { AccessRecorder } from './application/ports/access-recorder';
import { SqlAccessRecorder } from './infrastructure/persistence/sql-access-recorder';
import { SqlAccessLog } from './infrastructure/persistence/sql-access-log';
import { SqlUnmatchedRequests } from './infrastructure/persistence/sql-unmatched-requests';
import { UnmatchedRequests } from './application/ports/unmatched-requests';
import { SqlDueConnections } from './infrastructure/persistence/sql-due-connections';
import { ConnectionExpiryScheduler } from './infrastructure/scheduling/connection-expiry.scheduler';
import { AdminCandidateConnectionsController } from './interface/admin/admin-candidate-connections.controller';
import { MyConnectionsController } from './interface/http/my-connections.controller';
import { ThirdPartyConnectionsController } from './interface/http/third-party-connections.controller';
import { CandidateConnectionPagesController } from './interface/web/candidate-connection-pages.controller';
import { ThirdPartyConnectionPagesController } from './interface/web/third-party-connection-pages.controller';

const commandHandlers = [
  AddConnectionHandler,
  ChangeConnectionExpiryHandler,
  ChangeConnectionPermissionsHandler,
  DeleteConnectionHandler,
  ApproveConnectionHandler,
  DeclineConnectionHandler,
  RequestConnectionHandler,
  ExpireDueConnectionsHandler,
  ActivateInvitationsHandler,
  FollowCandidateEmailHandler,
  FollowCandidateProfileHandler,
];

const queryHandlers = [
  ListCandidateConnectionsHandler,
  GetCandidateConnectionHandler,
  GetShareOptionsHandler,
  GetConnectionAccessLogHandler,
  ListThirdPartyConnectionsHandler,
  ListSharedDocumentsHandler,
  GetSharedDocumentHandler,
  GetSharedCandidatePhotoHandler,
  ListConnectionsForStaffHandler,
];

@Module({
  imports: [CqrsModule, MikroOrmModule.forFeature([ConnectionSchema]), ScheduleModule.forRoot()],
  controllers: [
    MyConnectionsController,
    ThirdPartyConnectionsController,
    AdminCandidateConnectionsController,
    // The candidate's first: it passes third parties on to the other for the URLs they share.
    CandidateConnectionPagesController,
    ThirdPartyConnectionPagesController,
  ],
  providers: [
    PublishSharingIntegrationEvents,
    ...commandHandlers,
    ...queryHandlers,
    CandidateConnections,
    ThirdPartyAccess,
    ActivateInvitationsOnEmailVerified,
    FollowCandidateEmailOnEmailChanged,
    FollowCandidateProfileOnProfileChanged,
    EmailInvitation,
    EmailRequestToCandidate,
    EmailOutcomeToThirdParty,
    ConnectionExpiryScheduler,
    WaitingConnectionsContributor,
    { provide: ConnectionRepository, useClass: MikroOrmConnectionRepository },
    { provide: AccessLog, useClass: SqlAccessLog },
    { provide: AccessRecorder, useClass: SqlAccessRecorder },
    { provide: UnmatchedRequests, useClass: SqlUnmatchedRequests },
    { provide: DueConnections, useClass: SqlDueConnections },
    { provide: Parties, useClass: IdentityParties },
    { provide: SharedAchievements, useClass: AchievementsSharedAchievements },
  ],
})
export class SharingModule {}
