import { EmailOutbox, EmailRequest } from '../../../shared/application/email-outbox';
import {
  defaultEmailTemplatesDir,
  EmailTemplates,
} from '../../../shared/infrastructure/email/email-templates';
import { Account } from '../../domain/account';
import { IdentityLinks } from '../ports/identity-links';
import { IdentityMailer } from './identity-mailer';

class Links extends IdentityLinks {
  login = () => 'https://certs.example.org/login';
  verifyEmail = (token: string) => `https://certs.example.org/verify-email?token=${token}`;
  resetPassword = (token: string) => `https://certs.example.org/reset-password?token=${token}`;
  staffInvitation = (token: string) => `https://certs.example.org/reset-password?token=${token}&welcome=1`;
  forgottenPassword = () => 'https://certs.example.org/forgotten-password';
}

describe('Identity emails', () => {
  const queued: EmailRequest[] = [];
  const mailer = new IdentityMailer(
    { queue: (request: EmailRequest) => queued.push(request) } as unknown as EmailOutbox,
    new Links(),
  );
  const templates = new EmailTemplates({
    dir: defaultEmailTemplatesDir(),
    publicUrl: 'https://certs.example.org',
    brand: {
      name: 'Institute of Testing',
      shortName: 'IoT',
      headerColour: '#112233',
      accentColour: '#445566',
    },
    cache: false,
  });
  const account = Account.registerCandidate({
    id: 'a1',
    email: 'zoe@example.com',
    passwordHash: 'hash',
    details: { firstName: 'Zoë', surname: "O'Brien", dateOfBirth: '1990-04-27' },
    claimedCandidateNumber: '42251110',
    match: {
      id: 'r1',
      candidateNumber: '42251110',
      firstName: 'Zoë',
      surname: "O'Brien",
      dateOfBirth: '1990-04-27',
    },
    now: new Date(),
  });

  beforeAll(() => {
    mailer.candidateActive(account, 'tok-active');
    mailer.candidatePending(account, 'tok-pending');
    mailer.registrationApproved(account, 'tok-approved');
    mailer.registrationRejected(account, 'We hold no record <of> you.');
    mailer.verifyEmail(account, 'tok-verify');
    mailer.confirmEmailChange(account, 'new@example.com', 'tok-change');
    mailer.emailChanged(account, 'old@example.com');
    mailer.passwordReset(account, 'tok-reset');
    mailer.passwordChanged(account);
    mailer.staffInvitation(account, 'tok-invite');
    mailer.registrationAttemptOnExistingAccount(account);
  });

  const unescape = (html: string) => html.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&');

  it('every email renders an HTML and a plain-text part that greet the person and carry its links', () => {
    expect(queued).toHaveLength(11);
    for (const email of queued) {
      const { html, text } = templates.render(email.template, email.subject, email.data);
      expect(html).toContain('Hello Zoë,');
      expect(text).toContain('Hello Zoë,');
      for (const link of Object.values(email.data).filter(
        (value): value is string => typeof value === 'string' && value.startsWith('https://'),
      )) {
        expect(unescape(html)).toContain(link);
        expect(text).toContain(link);
      }
    }
  });

  it('says what happened: matched, pending, approved with the candidate number, rejected with the reason', () => {
    const text = (template: string) => {
      const email = queued.find((e) => e.template === template)!;
      return templates.render(email.template, email.subject, email.data);
    };
    expect(text('identity-candidate-active').text).toMatch(
      /account is ready and linked to candidate number 42251110/,
    );
    expect(text('identity-candidate-active').text).toContain('Username: zoe@example.com');
    expect(text('identity-candidate-pending').text).toContain('pending authorisation');
    expect(text('identity-registration-approved').text).toContain('candidate number 42251110');
    expect(text('identity-registration-rejected').text).toContain('We hold no record <of> you.');
    expect(text('identity-registration-rejected').html).toContain('We hold no record &lt;of&gt; you.');
    expect(text('identity-password-reset').text).toContain('for 60 minutes');
  });
});
