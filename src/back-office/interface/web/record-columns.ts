import { RecordKind } from '../../domain/record-import';
import { csvText } from '../../../shared/application/csv';

/** One column of an import file, as the Records page explains it and the sample file shows it. */
export interface RecordColumn {
  name: string;
  required: boolean;
  holds: string;
  example: string;
}

// The one definition of each upload's columns: the table on the Records page and the downloadable
// sample are both made from it, so they cannot disagree. The rules mirror the import parsers
// (Identity's candidate-record-rows.ts and Achievements' import-rows.ts; see docs/achievements-import.md).
// The example numbers start with SAMPLE so that trying the sample file can never overwrite a real
// candidate's record or certificate (imports update known numbers).
export const RECORD_COLUMNS: Record<RecordKind, RecordColumn[]> = {
  'candidate-records': [
    {
      name: 'candidateNumber',
      required: true,
      holds:
        'The candidate number the awarding body issued (e.g. 0001010): up to 20 letters and digits. Leading zeros are kept.',
      example: 'SAMPLE-0001',
    },
    { name: 'firstName', required: true, holds: 'First name (forenames).', example: 'Grace' },
    { name: 'surname', required: true, holds: 'Surname (family name).', example: 'Hopper' },
    {
      name: 'dateOfBirth',
      required: true,
      holds: 'Date of birth as YYYY-MM-DD or DD/MM/YYYY.',
      example: '1986-12-09',
    },
    {
      name: 'email',
      required: false,
      holds: 'Email address, if known.',
      example: 'grace.hopper@example.com',
    },
    {
      name: 'telephone',
      required: false,
      holds: 'Telephone number, if known: up to 30 characters.',
      example: '01632 960001',
    },
  ],
  achievements: [
    {
      name: 'certificateNumber',
      required: true,
      holds:
        'The certificate number (e.g. 01702345-01-K7PD): letters and digits in dash-separated groups. A known number is updated.',
      example: 'SAMPLE-0001-01',
    },
    {
      name: 'kind',
      required: true,
      holds: 'qualification, qap (quality assured programme) or accreditation.',
      example: 'qualification',
    },
    {
      name: 'title',
      required: true,
      holds: 'The title of the award.',
      example: 'Level 3 Diploma in Plumbing',
    },
    {
      name: 'qualificationNumber',
      required: false,
      holds: 'The qualification number as NNN/NNNN/N (the last character a digit or X).',
      example: '600/6553/2',
    },
    {
      name: 'candidateNumber',
      required: true,
      holds: 'The candidate number; a candidate record with it must already be imported.',
      example: 'SAMPLE-0001',
    },
    {
      name: 'fullName',
      required: true,
      holds: 'The name as printed on the certificate.',
      example: 'Grace Hopper',
    },
    { name: 'grade', required: false, holds: 'The grade awarded.', example: 'Merit' },
    {
      name: 'issueDate',
      required: true,
      holds: 'Date of issue as YYYY-MM-DD or DD/MM/YYYY; not in the future.',
      example: '2018-03-14',
    },
    {
      name: 'centre',
      required: false,
      holds: 'The centre where it was taken.',
      example: 'Northgate Training Centre',
    },
    {
      name: 'expiryDate',
      required: false,
      holds:
        'Date it expires, as YYYY-MM-DD or DD/MM/YYYY; after the issue date. Empty if it does not expire.',
      example: '',
    },
    { name: 'description', required: false, holds: 'Free text shown with the achievement.', example: '' },
    {
      name: 'units',
      required: false,
      holds:
        'The units, as a JSON array in one quoted cell: unitNumber and title required, level and grade text, credit a whole number 0-999. Empty for an accreditation.',
      example:
        '[{"unitNumber":"H/601/6431","title":"Health and safety","level":"3","credit":2,"grade":"Pass"}]',
    },
  ],
};

export const SAMPLE_FILE_NAMES: Record<RecordKind, string> = {
  'candidate-records': 'sample-candidate-records.csv',
  achievements: 'sample-achievements.csv',
};

/** A sample file: the heading row and one row of the examples, ready to import as it is. */
export function sampleCsv(kind: RecordKind): string {
  const columns = RECORD_COLUMNS[kind];
  return csvText([columns.map((c) => c.name), columns.map((c) => c.example)]);
}
