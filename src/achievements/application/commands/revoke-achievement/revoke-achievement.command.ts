import { RequestActor } from '../../../../shared/application/audit-log';

export class RevokeAchievement {
  constructor(
    readonly certificateNumber: string,
    readonly reason: string,
    readonly actor: RequestActor,
  ) {}
}
