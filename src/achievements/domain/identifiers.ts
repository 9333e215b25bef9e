// The printed identifiers of an achievement. Leading zeros matter in all of them, so they are strings.

/** e.g. 01626756-01-Q3NF or 016530933-01-1800: letters, digits and single dashes. */
const CERTIFICATE_NUMBER = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/;
/** The regulator's qualification number: NNN/NNNN/N, the last character a check digit or X. */
const QUALIFICATION_NUMBER = /^\d{3}\/\d{4}\/[0-9X]$/;
/** As Identity issues them (e.g. 00061010): up to 20 letters and digits. */
const CANDIDATE_NUMBER = /^[A-Z0-9][A-Z0-9/-]{0,19}$/;

export function cleanCertificateNumber(value: string): string {
  return value.trim().toUpperCase();
}

export function certificateNumberProblem(value: string): string | undefined {
  const cleaned = cleanCertificateNumber(value);
  if (!cleaned) return 'Enter the certificate number';
  if (cleaned.length > 40 || !CERTIFICATE_NUMBER.test(cleaned)) {
    return 'A certificate number has letters and digits in groups separated by dashes, for example 01626756-01-Q3NF';
  }
  return undefined;
}

export function cleanQualificationNumber(value: string): string {
  return value.trim().toUpperCase();
}

export function qualificationNumberProblem(value: string): string | undefined {
  if (!QUALIFICATION_NUMBER.test(cleanQualificationNumber(value))) {
    return 'A qualification number has the form NNN/NNNN/N, for example 500/9349/6';
  }
  return undefined;
}

export function cleanCandidateNumber(value: string): string {
  return value.trim().replace(/\s+/g, '').toUpperCase();
}

export function candidateNumberProblem(value: string): string | undefined {
  const cleaned = cleanCandidateNumber(value);
  if (!cleaned) return 'Enter the candidate number';
  if (!CANDIDATE_NUMBER.test(cleaned)) return 'A candidate number has up to 20 letters and digits';
  return undefined;
}
