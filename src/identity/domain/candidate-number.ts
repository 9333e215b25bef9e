// A candidate number as the awarding body issues it (e.g. 0001010, 42251110), or NA when the candidate
// does not know theirs. Leading zeros matter, so it is always a string.

export const UNKNOWN_CANDIDATE_NUMBER = 'NA';

const PATTERN = /^[A-Z0-9][A-Z0-9/-]{0,19}$/;

/** Upper-cased, without spaces; "n/a" and "na" both mean unknown. */
export function cleanCandidateNumber(value: string): string {
  const cleaned = value.trim().replace(/\s+/g, '').toUpperCase();
  return cleaned === 'N/A' || cleaned === 'N.A.' ? UNKNOWN_CANDIDATE_NUMBER : cleaned;
}

export function candidateNumberProblem(
  value: string,
  options: { allowUnknown: boolean },
): string | undefined {
  const cleaned = cleanCandidateNumber(value);
  if (cleaned.length === 0)
    return options.allowUnknown
      ? 'Enter your candidate number, or NA if you do not know it'
      : 'Enter the candidate number';
  if (cleaned === UNKNOWN_CANDIDATE_NUMBER)
    return options.allowUnknown ? undefined : 'A candidate record needs a real candidate number';
  if (!PATTERN.test(cleaned)) return 'A candidate number has up to 20 letters and digits';
  return undefined;
}
