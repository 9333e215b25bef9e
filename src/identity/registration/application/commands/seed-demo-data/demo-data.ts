// The demo data of Identity (docs/demo-accounts.md lists the same logins). Made-up people only.

export const DEMO_CANDIDATE_RECORDS = [
  {
    candidateNumber: '0001010',
    firstName: 'John',
    surname: 'Eichen',
    dateOfBirth: '1977-04-13',
    email: 'candidate@example.com',
  },
  { candidateNumber: '42251110', firstName: 'Zoë', surname: "O'Brien", dateOfBirth: '1990-04-27' },
  { candidateNumber: '42251111', firstName: 'Priya', surname: 'Shah', dateOfBirth: '1988-09-02' },
  { candidateNumber: '42251112', firstName: 'Alex', surname: 'Taylor', dateOfBirth: '1985-06-15' },
  // Two people share a name and a birthday: an NA registration as Alex Taylor waits for staff.
  { candidateNumber: '42251113', firstName: 'Alex', surname: 'Taylor', dateOfBirth: '1985-06-15' },
  { candidateNumber: '42251114', firstName: 'Mary-Jane', surname: 'Watson', dateOfBirth: '1979-12-01' },
  { candidateNumber: '42251115', firstName: 'Tomasz', surname: 'Nowak', dateOfBirth: '1995-03-30' },
  { candidateNumber: '42251116', firstName: 'Siobhán', surname: 'Murphy', dateOfBirth: '1992-07-19' },
];

export const DEMO_STAFF_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export const DEMO_ACCOUNTS = {
  candidate: {
    email: 'candidate@example.com',
    password: 'demo candidate passphrase',
    candidateNumber: '0001010',
  },
  pending: { email: 'pending@example.com', password: 'demo pending passphrase' },
  thirdParty: {
    email: 'employer@example.com',
    password: 'demo employer passphrase',
    company: 'Northfield Motors Ltd',
  },
  staff: { email: 'staff@example.com', password: 'demo staff passphrase' },
};
