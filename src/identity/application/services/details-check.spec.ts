import { DetailsChecker } from './details-check';

describe('DetailsChecker messages', () => {
  const now = new Date('2026-06-01T12:00:00Z');

  it('gives the date-of-birth example in the form the day, month and year boxes take', () => {
    const check = new DetailsChecker();
    check.dateOfBirth('dateOfBirth', '1990-02-31', now);
    expect(check.problems).toEqual([
      { field: 'dateOfBirth', message: 'Enter a real date of birth, for example 27 4 1990' },
    ]);
  });

  it('names the social link that is wrong, so two bad links give two different messages', () => {
    const check = new DetailsChecker();
    check.social('social', { linkedin: 'linkedin.com/in/pat', x: 'not a link' });
    expect(check.problems).toEqual([
      { field: 'social.linkedin', message: 'Enter the LinkedIn address in full, starting with https://' },
      { field: 'social.x', message: 'Enter the X (Twitter) address in full, starting with https://' },
    ]);
  });

  it('refuses http:// as the message asks for https://, and keeps https links', () => {
    const check = new DetailsChecker();
    const links = check.social('social', {
      website: 'http://pat.example',
      instagram: 'https://www.instagram.com/pat',
      facebook: '',
    });
    expect(check.problems).toEqual([
      { field: 'social.website', message: 'Enter the other website address in full, starting with https://' },
    ]);
    expect(links).toEqual({ instagram: 'https://www.instagram.com/pat', facebook: '' });
  });
});
