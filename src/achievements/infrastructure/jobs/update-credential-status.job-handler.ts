import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { HandlesJob, JobHandler } from '../../../shared/application/job-handler';
import {
  UPDATE_CREDENTIAL_STATUS_TOPIC,
  UpdateCredentialStatus,
} from '../../application/commands/update-credential-status/update-credential-status.command';

@Injectable()
@HandlesJob(UPDATE_CREDENTIAL_STATUS_TOPIC)
export class UpdateCredentialStatusJobHandler implements JobHandler<{ certificateNumber: string }> {
  constructor(private readonly commands: CommandBus) {}

  async handle(payload: { certificateNumber: string }): Promise<void> {
    if (typeof payload?.certificateNumber !== 'string') return;
    await this.commands.execute(new UpdateCredentialStatus(payload.certificateNumber));
  }
}
