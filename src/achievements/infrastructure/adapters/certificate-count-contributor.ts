import { accountCountsFromQuery } from '../../../identity/identity.public';
import { CountCandidateAchievements } from '../../application/queries/count-candidate-achievements/count-candidate-achievements.query';

/** The CERTIFICATES count of the profile header and dashboard, which Identity adds up. */
export const CertificateCountContributor = accountCountsFromQuery(
  (account) => new CountCandidateAchievements(account.candidateNumber),
  (certificates: number) => ({ certificates }),
);
