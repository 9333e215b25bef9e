// The rules every set of achievement details must keep, whether it arrives in an import, a staff
// correction or the demo data. One place, so an import and a correction can never disagree.
import { AchievementKind, isAchievementKind, ACHIEVEMENT_KINDS } from './achievement-kind';
import { parseCalendarDate } from './calendar-date';
import {
  candidateNumberProblem,
  cleanCandidateNumber,
  cleanQualificationNumber,
  qualificationNumberProblem,
} from './identifiers';
import { TranscriptUnit } from './transcript-unit';

export interface AchievementDetails {
  kind: AchievementKind;
  title: string;
  qualificationNumber?: string;
  candidateNumber: string;
  /** The holder's full name as certificated. */
  fullName: string;
  grade?: string;
  issueDate: string;
  centre?: string;
  expiryDate?: string;
  description?: string;
  units: TranscriptUnit[];
}

/** Every field of the details, in the order a person reads them (the import's columns, a correction's changes). */
export const ACHIEVEMENT_DETAIL_FIELDS = [
  'kind',
  'title',
  'qualificationNumber',
  'candidateNumber',
  'fullName',
  'grade',
  'issueDate',
  'centre',
  'expiryDate',
  'description',
  'units',
] as const satisfies ReadonlyArray<keyof AchievementDetails>;

export interface FieldProblem {
  field: string;
  message: string;
}

export type DetailsReading =
  { details: AchievementDetails; problems: [] } | { details?: undefined; problems: FieldProblem[] };

const LIMITS = {
  title: 250,
  fullName: 150,
  grade: 50,
  centre: 150,
  description: 2000,
  unitTitle: 250,
  unitNumber: 40,
  level: 40,
};
const MAX_UNITS = 200;
const EARLIEST_ISSUE = '1900-01-01';

/**
 * Reads untrusted details (import row, JSON body, correction merged onto the current details) into
 * clean details, or every problem found, each naming its field. `today` keeps issue dates out of
 * the future.
 */
export function readAchievementDetails(raw: Record<string, unknown>, today: string): DetailsReading {
  const problems: FieldProblem[] = [];
  const text = (field: string, max: number, required: boolean): string | undefined => {
    const value = raw[field];
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (required) problems.push({ field, message: `Enter the ${describe(field)}` });
      return undefined;
    }
    if (typeof value !== 'string' && typeof value !== 'number') {
      problems.push({ field, message: `The ${describe(field)} must be text` });
      return undefined;
    }
    const cleaned = collapseSpaces(String(value).trim());
    if (cleaned.length > max)
      problems.push({ field, message: `The ${describe(field)} must be ${max} characters or fewer` });
    return cleaned;
  };
  const date = (field: string, required: boolean): string | undefined => {
    const value = text(field, 10, required);
    if (value === undefined) return undefined;
    const parsed = parseCalendarDate(value);
    if (!parsed)
      problems.push({ field, message: `The ${describe(field)} must be a real date, for example 2017-01-04` });
    return parsed;
  };

  const kindValue = raw.kind;
  if (!isAchievementKind(kindValue)) {
    problems.push({ field: 'kind', message: `The kind must be one of ${ACHIEVEMENT_KINDS.join(', ')}` });
  }
  const title = text('title', LIMITS.title, true);
  const candidateNumber = text('candidateNumber', 20, true);
  if (candidateNumber !== undefined) {
    const problem = candidateNumberProblem(candidateNumber);
    if (problem) problems.push({ field: 'candidateNumber', message: problem });
  }
  let qualificationNumber = text('qualificationNumber', 20, false);
  if (qualificationNumber !== undefined) {
    const problem = qualificationNumberProblem(qualificationNumber);
    if (problem) problems.push({ field: 'qualificationNumber', message: problem });
    qualificationNumber = cleanQualificationNumber(qualificationNumber);
  }
  const fullName = text('fullName', LIMITS.fullName, true);
  const grade = text('grade', LIMITS.grade, false);
  const centre = text('centre', LIMITS.centre, false);
  const description = describeText(raw.description, problems);
  const issueDate = date('issueDate', true);
  const expiryDate = date('expiryDate', false);
  if (issueDate && issueDate > today)
    problems.push({ field: 'issueDate', message: 'The issue date cannot be in the future' });
  if (issueDate && issueDate < EARLIEST_ISSUE)
    problems.push({ field: 'issueDate', message: 'The issue date must be after 1900' });
  if (issueDate && expiryDate && expiryDate <= issueDate) {
    problems.push({ field: 'expiryDate', message: 'The expiry date must be after the issue date' });
  }
  const units = readUnits(raw.units, problems);
  if (kindValue === 'accreditation' && units.length > 0) {
    problems.push({ field: 'units', message: 'An accreditation has no transcript, so it has no units' });
  }

  if (problems.length > 0) return { problems };
  return {
    problems: [],
    details: {
      kind: kindValue as AchievementKind,
      title: title!,
      qualificationNumber,
      candidateNumber: cleanCandidateNumber(candidateNumber!),
      fullName: fullName!,
      grade,
      issueDate: issueDate!,
      centre,
      expiryDate,
      description,
      units,
    },
  };
}

/** Descriptions keep their line breaks (they are paragraphs), unlike the one-line fields. */
function describeText(value: unknown, problems: FieldProblem[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    problems.push({ field: 'description', message: 'The description must be text' });
    return undefined;
  }
  const cleaned = value.trim();
  if (cleaned.length > LIMITS.description) {
    problems.push({
      field: 'description',
      message: `The description must be ${LIMITS.description} characters or fewer`,
    });
  }
  return cleaned || undefined;
}

function readUnits(value: unknown, problems: FieldProblem[]): TranscriptUnit[] {
  if (value === undefined || value === null || value === '') return [];
  if (!Array.isArray(value)) {
    problems.push({
      field: 'units',
      message: 'The units must be a list of {unitNumber, title, level, credit, grade}',
    });
    return [];
  }
  if (value.length > MAX_UNITS) {
    problems.push({ field: 'units', message: `An achievement has at most ${MAX_UNITS} units` });
    return [];
  }
  const units: TranscriptUnit[] = [];
  const seen = new Set<string>();
  value.forEach((item: unknown, index) => {
    const at = `units[${index}]`;
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      problems.push({ field: at, message: 'Each unit must be an object with unitNumber and title' });
      return;
    }
    const unit = item as Record<string, unknown>;
    const unknown = Object.keys(unit).filter(
      (key) => !['unitNumber', 'title', 'level', 'credit', 'grade'].includes(key),
    );
    if (unknown.length > 0)
      problems.push({ field: at, message: `Unknown unit field(s): ${unknown.join(', ')}` });
    const field = (name: string, max: number, required: boolean): string | undefined => {
      const v = unit[name];
      if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) {
        if (required)
          problems.push({ field: `${at}.${name}`, message: `Enter the unit's ${describe(name)}` });
        return undefined;
      }
      if (typeof v !== 'string' && typeof v !== 'number') {
        problems.push({ field: `${at}.${name}`, message: `The unit's ${describe(name)} must be text` });
        return undefined;
      }
      const cleaned = collapseSpaces(String(v).trim());
      if (cleaned.length > max)
        problems.push({ field: `${at}.${name}`, message: `The unit's ${describe(name)} is too long` });
      return cleaned;
    };
    const unitNumber = field('unitNumber', LIMITS.unitNumber, true);
    const title = field('title', LIMITS.unitTitle, true);
    const level = field('level', LIMITS.level, false);
    const grade = field('grade', LIMITS.grade, false);
    const creditText = field('credit', 4, false);
    let credit: number | undefined;
    if (creditText !== undefined) {
      credit = Number(creditText);
      if (!/^\d{1,3}$/.test(creditText)) {
        problems.push({ field: `${at}.credit`, message: 'A unit credit is a whole number from 0 to 999' });
      }
    }
    if (unitNumber !== undefined) {
      if (seen.has(unitNumber))
        problems.push({ field: `${at}.unitNumber`, message: `Unit ${unitNumber} is listed twice` });
      seen.add(unitNumber);
    }
    if (unitNumber !== undefined && title !== undefined)
      units.push({ unitNumber, title, level, credit, grade });
  });
  return units;
}

const FIELD_NAMES: Record<string, string> = {
  candidateNumber: 'candidate number',
  qualificationNumber: 'qualification number',
  fullName: 'full name',
  issueDate: 'issue date',
  expiryDate: 'expiry date',
  unitNumber: 'unit number',
};

/** Runs of white space as one space. Most text has none: it is given back as it is, without a copy. */
function collapseSpaces(text: string): string {
  return /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

function describe(field: string): string {
  return FIELD_NAMES[field] ?? field;
}
