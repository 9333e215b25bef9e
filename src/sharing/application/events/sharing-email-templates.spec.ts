import {
  defaultEmailTemplatesDir,
  EmailTemplates,
} from '../../../shared/infrastructure/email/email-templates';

// Every Sharing email renders in both parts with the data its sender gives it.
const templates = new EmailTemplates({
  dir: defaultEmailTemplatesDir(),
  publicUrl: 'https://certs.example.org',
  brand: { name: 'Institute of Testing', shortName: 'IoT', headerColour: '#112233', accentColour: '#445566' },
  cache: false,
});

const data = {
  candidateName: 'John Eichen',
  thirdPartyName: 'Ann Hiring',
  company: 'Garage Ltd',
  expiresAt: '2027-01-31T23:59:59.999Z',
  registered: false,
  thirdPartyEmail: 'hr@garage.example',
  registerPath: '/register/third-party?email=hr%40garage.example',
  connectionPath: '/connections/abc',
  message: 'Pre-employment check',
};

describe('Sharing emails', () => {
  it.each([
    ['sharing-invitation', 'https://certs.example.org/register/third-party?email=hr%40garage.example'],
    ['sharing-request', 'Pre-employment check'],
    ['sharing-approved', '31 January 2027'],
    ['sharing-declined', 'declined your connection request'],
    ['sharing-deleted', 'can no longer see their documents'],
    ['sharing-expiry-reminder', 'https://certs.example.org/connections/abc'],
  ])('%s renders HTML and text', (template, expected) => {
    const { html, text } = templates.render(template, 'Subject', data);
    expect(html).toContain(expected.replace(/&/g, '&amp;').replace(/=/g, '&#x3D;'));
    expect(text).toContain(expected);
  });

  it('sharing-expired speaks to each side', () => {
    expect(templates.render('sharing-expired', 'Subject', { ...data, forCandidate: true }).text).toContain(
      'Your connection with Garage Ltd',
    );
    expect(templates.render('sharing-expired', 'Subject', { ...data, forCandidate: false }).text).toContain(
      'Your access to the documents of John Eichen',
    );
  });
});
