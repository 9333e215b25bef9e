import { statusWords } from './status-words';

describe('statusWords', () => {
  it('says status codes in words', () => {
    expect(statusWords('pending_authorisation')).toBe('Waiting for authorisation');
    expect(statusWords('pending_email_verification')).toBe('Waiting for email confirmation');
    expect(statusWords('invited')).toBe('Invitation sent');
    expect(statusWords('in_print')).toBe('At the printer');
    expect(statusWords('valid')).toBe('Valid');
    expect(statusWords('dead_lettered')).toBe('Dead lettered');
    expect(statusWords(null)).toBe('');
  });
});
