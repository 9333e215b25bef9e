import { FakeCandidateAccounts } from '../../testing/in-memory-achievements';
import { GetCandidateNumber } from './get-candidate-number.query';
import { GetCandidateNumberHandler } from './get-candidate-number.handler';

describe('GetCandidateNumberHandler', () => {
  const accounts = new FakeCandidateAccounts({
    'account-1': { email: 'john@example.com', name: 'John Eichen', candidateNumber: '0001010' },
  });
  const handler = new GetCandidateNumberHandler(accounts);

  it('asks Identity for the number linked to the account', async () => {
    expect(await handler.execute(new GetCandidateNumber('account-1'))).toBe('0001010');
    expect(await handler.execute(new GetCandidateNumber('account-2'))).toBeNull();
  });

  it('takes the number the request already resolved, even "none", without asking again', async () => {
    expect(await handler.execute(new GetCandidateNumber('account-1', '0002020'))).toBe('0002020');
    expect(await handler.execute(new GetCandidateNumber('account-1', null))).toBeNull();
  });
});
