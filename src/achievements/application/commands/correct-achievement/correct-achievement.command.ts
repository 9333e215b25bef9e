import { RequestActor } from '../../../../shared/application/audit-log';

/** Staff correct details of one achievement; `null` clears an optional field, an absent field is kept. */
export class CorrectAchievement {
  constructor(
    readonly certificateNumber: string,
    readonly changes: Record<string, unknown>,
    readonly actor: RequestActor,
    /** Why, for the audit trail (the staff page asks for it). */
    readonly reason?: string,
  ) {}
}
