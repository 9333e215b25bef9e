import { dateOfBirthProblem, parseCalendarDate } from '../../domain/calendar-date';
import { candidateNumberProblem, cleanCandidateNumber } from '../../domain/candidate-number';
import { cleanEmail, emailProblem } from '../../domain/email-address';
import { InvalidDetailsError } from '../../domain/identity.errors';
import { cleanName, nameProblem } from '../../domain/name-key';
import { SOCIAL_NETWORKS, SocialLinks } from '../../domain/account';

// Field-by-field checks shared by the API (after DTO validation) and the web forms (which show each
// message beside its field). Every check uses the domain's rules, so both edges refuse the same input.

export type FieldProblem = { field: string; message: string };

export class DetailsChecker {
  readonly problems: FieldProblem[] = [];

  email(field: string, value: string | undefined): string {
    const problem = emailProblem(value ?? '');
    if (problem) this.problems.push({ field, message: problem });
    return cleanEmail(value ?? '');
  }

  name(field: string, value: string | undefined, label: string): string {
    const problem = nameProblem(value ?? '', label);
    if (problem) this.problems.push({ field, message: problem });
    return cleanName(value ?? '');
  }

  candidateNumber(field: string, value: string | undefined): string {
    const problem = candidateNumberProblem(value ?? '', { allowUnknown: true });
    if (problem) this.problems.push({ field, message: problem });
    return cleanCandidateNumber(value ?? '');
  }

  dateOfBirth(field: string, value: string | undefined, now: Date): string {
    const problem = dateOfBirthProblem(value ?? '', now);
    if (problem) this.problems.push({ field, message: problem });
    return parseCalendarDate(value ?? '') ?? '';
  }

  /** Optional; digits, spaces and + ( ) - . only. */
  telephone(field: string, value: string | null | undefined, label: string): string | null {
    const text = (value ?? '').trim();
    if (!text) return null;
    if (!/^[0-9+()\-.\s]{5,30}$/.test(text) || !/\d{5,}/.test(text.replace(/\D/g, ''))) {
      this.problems.push({ field, message: `Enter a ${label} like 01632 960001 or +44 7700 900123` });
    }
    return text;
  }

  company(field: string, value: string | undefined): string {
    const text = (value ?? '').trim().replace(/\s+/g, ' ');
    if (!text) this.problems.push({ field, message: 'Enter your company or organisation' });
    else if ([...text].length > 200)
      this.problems.push({ field, message: 'Company must be 200 characters or fewer' });
    return text;
  }

  /** Social links are https web addresses; an empty one removes the link. Each message names its field, as the form shows all five at once. */
  social(field: string, value: Record<string, unknown> | undefined): SocialLinks | undefined {
    if (value === undefined) return undefined;
    const links: SocialLinks = {};
    for (const [network, raw] of Object.entries(value)) {
      if (raw === undefined) continue; // not mentioned: left as it is
      if (!(SOCIAL_NETWORKS as readonly string[]).includes(network)) {
        this.problems.push({
          field: `${field}.${network}`,
          message: `Unknown social network (use ${SOCIAL_NETWORKS.join(', ')})`,
        });
        continue;
      }
      const link = typeof raw === 'string' ? raw.trim() : raw === null ? '' : undefined;
      if (link === undefined) {
        this.problems.push({ field: `${field}.${network}`, message: 'Enter a web address' });
        continue;
      }
      if (link && (!isWebAddress(link) || link.length > 300)) {
        this.problems.push({
          field: `${field}.${network}`,
          message: `Enter the ${SOCIAL_NAMES[network as keyof SocialLinks]} address in full, starting with https://`,
        });
        continue;
      }
      links[network as keyof SocialLinks] = link;
    }
    return links;
  }

  /** Throws one error naming every bad field. */
  assertValid(): void {
    if (this.problems.length > 0) throw new InvalidDetailsError(this.problems);
  }
}

const SOCIAL_NAMES: Record<keyof SocialLinks, string> = {
  facebook: 'Facebook',
  x: 'X (Twitter)',
  linkedin: 'LinkedIn',
  instagram: 'Instagram',
  website: 'other website',
};

/** Only https: a profile page is shown to third parties as a link, and the form asks for https://. */
function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0;
  } catch {
    return false;
  }
}
