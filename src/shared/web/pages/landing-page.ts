/** The landing page's view and model: the same for every visitor (the login box's CSRF token aside). */
export const LANDING_VIEW = 'pages/landing';

export const LANDING_MODEL = {
  title: 'Your digital certificates',
  help: [
    'Candidates: register with the email address you want to use and your details as they appear on your certificates. If you do not know your candidate number, enter NA.',
    'Employers, colleges and training providers: register to see the documents candidates share with you.',
    'Already registered? Log in with your email address and password. Tick "Remember me" only on a device that is yours.',
  ],
};
