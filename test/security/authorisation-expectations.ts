// The expected answer of every operation of the OpenAPI document to every actor of the authorisation
// matrix (authorisation-matrix.security-spec.ts, docs/security.md). A new operation fails the matrix
// until it is given a line here; a line whose operation is gone fails it too.
//
// Denials are exact: 401 (not logged in), 403 (logged in, wrong kind of account), 404 (the right kind of
// account, but not theirs: another candidate's address, a connection with someone else). Answers to
// those let in are a class where the exact code depends on the body ('2xx', or '4xx' where the matrix
// cannot make a request the operation would accept, such as a password reset without a real token).

export const ACTORS = [
  'anonymous',
  /** Owns every candidate id in the paths (addresses, connections, enquiries, basket items, certificates) and a photo. */
  'candidate',
  'otherCandidate',
  /** Has a live connection with the candidate: the connection ids in the paths are theirs. */
  'connectedThirdParty',
  'unconnectedThirdParty',
  /** Gave the right password on /login but not the TOTP code: a session holding only a pending login. */
  'staffWithoutSecondFactor',
  'staff',
] as const;
export type Actor = (typeof ACTORS)[number];

export type Answer = 401 | 403 | 404 | '2xx' | '4xx';
export type Expectation = Record<Actor, Answer>;

const NOT_LOGGED_IN = { anonymous: 401, staffWithoutSecondFactor: 401 } as const;

/** Anyone, logged in or not (and a pending login is simply not logged in). */
function anyone(answer: Answer): Expectation {
  return {
    anonymous: answer,
    candidate: answer,
    otherCandidate: answer,
    connectedThirdParty: answer,
    unconnectedThirdParty: answer,
    staffWithoutSecondFactor: answer,
    staff: answer,
  };
}

/** Any logged-in account, each about itself. */
function anyAccount(answer: Answer): Expectation {
  return { ...anyone(answer), ...NOT_LOGGED_IN };
}

/**
 * Candidates only. `owned`: the path names something of the candidate's, so another candidate is told
 * it does not exist (404), never that it is someone else's.
 */
function candidates(answer: Answer, owned: 'owned' | 'own account' = 'own account'): Expectation {
  return {
    ...NOT_LOGGED_IN,
    candidate: answer,
    otherCandidate: owned === 'owned' ? 404 : answer,
    connectedThirdParty: 403,
    unconnectedThirdParty: 403,
    staff: 403,
  };
}

/** Third parties only; `owned`: the path names the connected third party's connection. */
function thirdParties(answer: Answer, owned: 'owned' | 'own account' = 'own account'): Expectation {
  return {
    ...NOT_LOGGED_IN,
    candidate: 403,
    otherCandidate: 403,
    connectedThirdParty: answer,
    unconnectedThirdParty: owned === 'owned' ? 404 : answer,
    staff: 403,
  };
}

/** Staff who completed the second factor only. */
function staff(answer: Answer): Expectation {
  return {
    ...NOT_LOGGED_IN,
    candidate: 403,
    otherCandidate: 403,
    connectedThirdParty: 403,
    unconnectedThirdParty: 403,
    staff: answer,
  };
}

/** Keyed by `METHOD path` as the OpenAPI document names the operation. */
export const EXPECTATIONS: Record<string, Expectation> = {
  // Platform and Identity: public forms (the matrix cannot send a real token or password: 4xx).
  'GET /api/v1/csrf-token': anyone('2xx'),
  // Wrong password: the operation's own 401, the same for everyone.
  'POST /api/v1/auth/token': anyone(401),
  'DELETE /api/v1/auth/token': anyAccount('2xx'),
  'POST /api/v1/registrations/candidates': anyone('4xx'),
  // An address that already has an account: 409.
  'POST /api/v1/registrations/third-parties': anyone('4xx'),
  'POST /api/v1/email-verifications': anyone('4xx'),
  'POST /api/v1/email-verifications/resend': anyone('2xx'),
  'POST /api/v1/password-resets': anyone('2xx'),
  'POST /api/v1/password-resets/confirm': anyone('4xx'),
  'GET /api/v1/me': anyAccount('2xx'),
  'PATCH /api/v1/me/profile': anyAccount('2xx'),
  'PUT /api/v1/me/credentials': anyAccount('4xx'),
  // Only the candidate has a photo: the others are told they have none.
  'GET /api/v1/me/photo': { ...anyAccount(404), candidate: '2xx' },
  'PUT /api/v1/me/photo': anyAccount('4xx'),
  'DELETE /api/v1/me/photo': anyAccount('2xx'),
  'GET /api/v1/me/addresses': anyAccount('2xx'),
  'POST /api/v1/me/addresses': anyAccount('2xx'),
  'GET /api/v1/me/addresses/{id}': { ...anyAccount(404), candidate: '2xx' },
  'PUT /api/v1/me/addresses/{id}': { ...anyAccount(404), candidate: '2xx' },
  'DELETE /api/v1/me/addresses/{id}': { ...anyAccount(404), candidate: '2xx' },
  'POST /api/v1/admin/candidate-records/imports': staff('2xx'),
  'GET /api/v1/admin/registrations': staff('2xx'),
  'GET /api/v1/admin/registrations/{accountId}': staff('2xx'),
  'POST /api/v1/admin/registrations/{accountId}/approval': staff('4xx'),
  'POST /api/v1/admin/registrations/{accountId}/rejection': staff('4xx'),
  'GET /api/v1/admin/staff-accounts': staff('2xx'),
  'POST /api/v1/admin/staff-accounts': staff('2xx'),
  'DELETE /api/v1/admin/staff-accounts/{accountId}': staff('2xx'),
  'GET /api/v1/admin/audit-events': staff('2xx'),
  'GET /api/v1/admin/accounts/{accountId}': staff('2xx'),
  'POST /api/v1/admin/accounts/{accountId}/suspension': staff('2xx'),
  'POST /api/v1/admin/accounts/{accountId}/reinstatement': staff('2xx'),
  'POST /api/v1/admin/accounts/{accountId}/emails': staff('4xx'),

  // Achievements: the candidate's own documents by certificate number.
  'GET /api/v1/me/achievements': candidates('2xx'),
  'GET /api/v1/me/achievements/{certificateNumber}': candidates('2xx', 'owned'),
  'GET /api/v1/me/achievements/{certificateNumber}/ecertificate.pdf': candidates('2xx', 'owned'),
  'GET /api/v1/me/achievements/{certificateNumber}/etranscript.pdf': candidates('2xx', 'owned'),
  'GET /api/v1/me/achievements/{certificateNumber}/credential': candidates('2xx', 'owned'),
  'POST /api/v1/me/achievements/{certificateNumber}/enquiries': candidates('2xx', 'owned'),
  'GET /api/v1/me/enquiries': candidates('2xx'),
  'GET /api/v1/me/enquiries/{id}': candidates('2xx', 'owned'),
  'POST /api/v1/me/enquiries/{id}/messages': candidates('2xx', 'owned'),
  'POST /api/v1/verifications/documents': anyone('4xx'),
  // A made-up verification code, status list: nobody finds it.
  'GET /api/v1/verifications/{code}': anyone(404),
  'GET /api/v1/credentials/issuer': anyone('2xx'),
  'GET /api/v1/credentials/status/{listId}': anyone(404),
  'POST /api/v1/admin/achievements/imports': staff('4xx'),
  'GET /api/v1/admin/achievements/{certificateNumber}': staff('2xx'),
  'PATCH /api/v1/admin/achievements/{certificateNumber}': staff('2xx'),
  'POST /api/v1/admin/achievements/{certificateNumber}/revocation': staff('4xx'),
  'GET /api/v1/admin/enquiries': staff('2xx'),
  'GET /api/v1/admin/enquiries/{id}': staff('2xx'),
  'POST /api/v1/admin/enquiries/{id}/replies': staff('2xx'),
  'GET /api/v1/admin/achievements/{certificateNumber}/ecertificate.pdf': staff('2xx'),
  'GET /api/v1/admin/achievements/{certificateNumber}/etranscript.pdf': staff('2xx'),

  // Sharing: the candidate's connection with the connected third party.
  'GET /api/v1/me/connections': candidates('2xx'),
  'POST /api/v1/me/connections': { ...candidates('2xx'), otherCandidate: '4xx' },
  'GET /api/v1/me/connections/{id}': candidates('2xx', 'owned'),
  'DELETE /api/v1/me/connections/{id}': candidates('2xx', 'owned'),
  'PUT /api/v1/me/connections/{id}/expiry': candidates('2xx', 'owned'),
  'PUT /api/v1/me/connections/{id}/permissions': candidates('2xx', 'owned'),
  'POST /api/v1/me/connections/{id}/approval': candidates('2xx', 'owned'),
  'POST /api/v1/me/connections/{id}/decline': candidates('2xx', 'owned'),
  'GET /api/v1/me/connections/{id}/access-log': candidates('2xx', 'owned'),
  'POST /api/v1/third-party/connection-requests': thirdParties('2xx'),
  'GET /api/v1/third-party/connections': thirdParties('2xx'),
  'GET /api/v1/third-party/connections/{id}/documents': thirdParties('2xx', 'owned'),
  'GET /api/v1/third-party/connections/{id}/documents/{certificateNumber}/ecertificate.pdf': thirdParties(
    '2xx',
    'owned',
  ),
  'GET /api/v1/third-party/connections/{id}/documents/{certificateNumber}/etranscript.pdf': thirdParties(
    '2xx',
    'owned',
  ),
  'GET /api/v1/third-party/connections/{id}/candidate-photo': thirdParties('2xx', 'owned'),
  'GET /api/v1/admin/candidates/{candidateNumber}/connections': staff('2xx'),

  // Ordering: the candidate's basket and order; print batches and dead letters are made-up ids (nobody's).
  'GET /api/v1/catalogue': anyone('2xx'),
  'GET /api/v1/me/basket': candidates('2xx'),
  'POST /api/v1/me/basket/items': { ...candidates('2xx'), otherCandidate: '4xx' },
  'DELETE /api/v1/me/basket/items/{id}': candidates('2xx', 'owned'),
  'GET /api/v1/me/orders': candidates('2xx'),
  'POST /api/v1/me/orders': candidates('4xx'),
  'GET /api/v1/me/orders/{id}': candidates('2xx', 'owned'),
  'POST /api/v1/me/orders/{id}/payment': candidates('2xx', 'owned'),
  // The provider's protocol: 200 with Status=INVALID for a notification without its fields.
  'POST /api/v1/payments/{provider}/notifications': anyone('2xx'),
  'GET /api/v1/admin/orders': staff('2xx'),
  'GET /api/v1/admin/print-batches': staff('2xx'),
  'POST /api/v1/admin/print-batches': staff('4xx'),
  'GET /api/v1/admin/print-batches/{id}/export.csv': staff(404),
  'GET /api/v1/admin/print-batches/{id}/letters.pdf': staff(404),
  'GET /api/v1/admin/print-batches/{id}/certificates/{certificateNumber}/ecertificate.pdf': staff(404),
  'POST /api/v1/admin/print-batches/{id}/dispatch': staff(404),
  'GET /api/v1/admin/catalogue': staff('2xx'),
  'PUT /api/v1/admin/catalogue': staff('2xx'),

  // Support and the back office.
  'GET /api/v1/faq': anyone('2xx'),
  'GET /api/v1/admin/faq': staff('2xx'),
  'POST /api/v1/admin/faq': staff('2xx'),
  'PUT /api/v1/admin/faq/{id}': staff('2xx'),
  'DELETE /api/v1/admin/faq/{id}': staff('2xx'),
  'GET /api/v1/admin/support-contact': staff('2xx'),
  'PUT /api/v1/admin/support-contact': staff('2xx'),
  'GET /api/v1/admin/jobs': staff('2xx'),
  'GET /api/v1/admin/jobs/dead-letters': staff('2xx'),
  'POST /api/v1/admin/jobs/dead-letters/{id}/retry': staff(404),
  'DELETE /api/v1/admin/jobs/dead-letters/{id}': staff(404),
  'GET /api/v1/admin/search': staff('2xx'),
};
