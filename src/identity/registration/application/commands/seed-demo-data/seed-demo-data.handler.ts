import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditLog } from '../../../../../shared/application/audit-log';
import { UnitOfWork } from '../../../../../shared/application/unit-of-work';
import { Clock, newId } from '../../../../../shared/domain';
import { Account } from '../../../../domain/account';
import { AccountRepository } from '../../../../domain/account.repository';
import { CandidateRecordData, checkCandidateRecord } from '../../../../domain/candidate-record';
import { CandidateRecordRepository } from '../../../../domain/candidate-record.repository';
import { PasswordHasher } from '../../../../application/ports/password-hasher';
import { SecondFactor } from '../../../../application/ports/second-factor';
import { DEMO_ACCOUNTS, DEMO_CANDIDATE_RECORDS, DEMO_STAFF_TOTP_SECRET } from './demo-data';
import { SeedDemoData, SeedDemoDataResult } from './seed-demo-data.command';

@CommandHandler(SeedDemoData)
export class SeedDemoDataHandler implements ICommandHandler<SeedDemoData> {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly accounts: AccountRepository,
    private readonly records: CandidateRecordRepository,
    private readonly hasher: PasswordHasher,
    private readonly secondFactor: SecondFactor,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async execute(): Promise<SeedDemoDataResult> {
    const now = this.clock.now();
    const data = DEMO_CANDIDATE_RECORDS.map((record) => {
      const checked = checkCandidateRecord(record, now);
      if ('problems' in checked)
        throw new Error(`Demo record ${record.candidateNumber} is invalid: ${checked.problems.join('; ')}`);
      return checked.data as CandidateRecordData;
    });
    const hashes = {
      candidate: await this.hasher.hash(DEMO_ACCOUNTS.candidate.password),
      pending: await this.hasher.hash(DEMO_ACCOUNTS.pending.password),
      thirdParty: await this.hasher.hash(DEMO_ACCOUNTS.thirdParty.password),
      staff: await this.hasher.hash(DEMO_ACCOUNTS.staff.password),
    };

    return this.uow.run(async () => {
      await this.records.serialiseSeeding();
      const candidateRecords = await this.records.upsertMany(data);
      const created: string[] = [];
      const missing = async (email: string) => !(await this.accounts.emailTaken(email));

      if (await missing(DEMO_ACCOUNTS.candidate.email)) {
        const record = await this.records.byCandidateNumber(DEMO_ACCOUNTS.candidate.candidateNumber);
        const linked = record ? await this.accounts.linkedTo(record.id) : null;
        const account = Account.registerCandidate({
          id: newId(),
          email: DEMO_ACCOUNTS.candidate.email,
          passwordHash: hashes.candidate,
          details: {
            firstName: 'John',
            surname: 'Eichen',
            dateOfBirth: '1977-04-13',
            mobile: '07700 900123',
          },
          claimedCandidateNumber: DEMO_ACCOUNTS.candidate.candidateNumber,
          match: linked ? null : record,
          now,
        });
        account.verifyEmail(account.email, now);
        await this.accounts.add(account);
        created.push(account.email);
      }
      if (await missing(DEMO_ACCOUNTS.pending.email)) {
        const account = Account.registerCandidate({
          id: newId(),
          email: DEMO_ACCOUNTS.pending.email,
          passwordHash: hashes.pending,
          details: {
            firstName: 'Jon',
            surname: 'Eicken',
            dateOfBirth: '1977-04-13',
            telephone: '01632 960001',
          },
          claimedCandidateNumber: 'NA',
          match: null,
          now,
        });
        account.verifyEmail(account.email, now);
        await this.accounts.add(account);
        created.push(account.email);
      }
      if (await missing(DEMO_ACCOUNTS.thirdParty.email)) {
        const account = Account.registerThirdParty({
          id: newId(),
          email: DEMO_ACCOUNTS.thirdParty.email,
          passwordHash: hashes.thirdParty,
          details: { firstName: 'Erin', surname: 'Employer', telephone: '01632 960002' },
          company: DEMO_ACCOUNTS.thirdParty.company,
          now,
        });
        account.verifyEmail(account.email, now);
        await this.accounts.add(account);
        created.push(account.email);
      }
      if (await missing(DEMO_ACCOUNTS.staff.email)) {
        const account = Account.createStaff({
          id: newId(),
          email: DEMO_ACCOUNTS.staff.email,
          passwordHash: hashes.staff,
          details: { firstName: 'Sam', surname: 'Staff' },
          totpSecret: DEMO_STAFF_TOTP_SECRET,
          setUpByOperator: true,
          now,
        });
        await this.accounts.add(account);
        created.push(account.email);
      }
      if (created.length > 0) {
        this.audit.record({
          actorId: null,
          action: 'identity.demo-data-loaded',
          targetType: null,
          targetId: null,
          ip: null,
          details: { accounts: created.length },
        });
      }
      return {
        createdAccounts: created,
        candidateRecords,
        staffEmail: DEMO_ACCOUNTS.staff.email,
        staffTotpSecret: DEMO_STAFF_TOTP_SECRET,
        staffEnrolmentUri: this.secondFactor.enrolmentUri(DEMO_ACCOUNTS.staff.email, DEMO_STAFF_TOTP_SECRET),
      };
    });
  }
}
