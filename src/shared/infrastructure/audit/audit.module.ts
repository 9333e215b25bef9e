import { MikroOrmModule } from '@mikro-orm/nestjs';
import { Global, Module } from '@nestjs/common';
import { AuditLog } from '../../application/audit-log';
import { AuditEventRecordSchema } from './audit-event-record';
import { MikroOrmAuditLog } from './mikro-orm-audit-log';

/** The audit trail, available to every context through the AuditLog port. */
@Global()
@Module({
  imports: [MikroOrmModule.forFeature([AuditEventRecordSchema])],
  providers: [{ provide: AuditLog, useClass: MikroOrmAuditLog }],
  exports: [AuditLog],
})
export class AuditModule {}
