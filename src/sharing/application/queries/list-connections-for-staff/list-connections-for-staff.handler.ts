import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../shared/application/unit-of-work';
import { Clock } from '../../../../shared/domain';
import { ConnectionRepository } from '../../../domain/connection.repository';
import { connectionViewPage, ConnectionView, Paged, pageWindow } from '../../views/connection-views';
import { ListConnectionsForStaff } from './list-connections-for-staff.query';

@QueryHandler(ListConnectionsForStaff)
export class ListConnectionsForStaffHandler implements IQueryHandler<ListConnectionsForStaff> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly connections: ConnectionRepository,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute({
    candidateNumber,
    page,
    pageSize,
    actor,
  }: ListConnectionsForStaff): Promise<Paged<ConnectionView>> {
    // The audit entry commits with the read, so no look goes unrecorded.
    return this.uow.run(async () => {
      const found = await this.connections.listByCandidateNumber(candidateNumber, pageWindow(page, pageSize));
      this.audit.record({
        actorId: actor.accountId,
        action: 'sharing.candidate-connections-viewed',
        targetType: 'candidate',
        targetId: candidateNumber.trim().toUpperCase(),
        ip: actor.ip,
        details: { results: found.total },
      });
      const now = this.clock.now();
      return connectionViewPage(found, now, page, pageSize);
    });
  }
}
