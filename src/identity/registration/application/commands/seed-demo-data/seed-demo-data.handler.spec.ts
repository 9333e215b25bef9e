import { clockAt, RecordingAuditLog, RecordingUnitOfWork } from '../../../../../shared/application/testing';
import {
  FakePasswordHasher,
  FakeSecondFactor,
  InMemoryAccounts,
  InMemoryCandidateRecords,
} from '../../../../application/testing/in-memory-identity';
import { DEMO_ACCOUNTS } from './demo-data';
import { SeedDemoDataHandler } from './seed-demo-data.handler';

describe('SeedDemoDataHandler', () => {
  it('loads the demo records and the four demo accounts once; a second run adds nothing', async () => {
    const accounts = new InMemoryAccounts();
    const records = new InMemoryCandidateRecords();
    const audit = new RecordingAuditLog();
    const handler = new SeedDemoDataHandler(
      new RecordingUnitOfWork(accounts),
      accounts,
      records,
      new FakePasswordHasher(),
      new FakeSecondFactor(),
      audit,
      clockAt(),
    );

    const first = await handler.execute();
    const again = await handler.execute();

    expect(first.createdAccounts).toHaveLength(4);
    expect(first.candidateRecords.created).toBeGreaterThan(0);
    expect(again.createdAccounts).toEqual([]);
    expect(again.candidateRecords).toMatchObject({ created: 0, updated: 0 });
    const candidate = (await accounts.byEmail(DEMO_ACCOUNTS.candidate.email))!;
    expect(candidate).toMatchObject({
      status: 'active',
      candidateNumber: DEMO_ACCOUNTS.candidate.candidateNumber,
    });
    expect((await accounts.byEmail(DEMO_ACCOUNTS.pending.email))!.status).toBe('pending_authorisation');
    expect((await accounts.byEmail(DEMO_ACCOUNTS.thirdParty.email))!.status).toBe('active');
    expect(audit.entries.map((entry) => entry.action)).toEqual(['identity.demo-data-loaded']);
  });
});
