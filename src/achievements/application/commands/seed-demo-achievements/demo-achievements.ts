// Demo achievements for the demo candidates that Identity seeds (same candidate numbers and names).
// They cover what a visitor should be able to try: certificates from before 1 November 2017 (document
// card only) and after it (eCertificate, eTranscript), a qualification with units, a quality assured
// programme, accreditations with an expiry date (one still valid, one expired) and a revoked one.
// Two of them are the examples of the candidate guide.

export interface DemoHolder {
  candidateNumber: string;
  fullName: string;
}

export const DEMO_CANDIDATE: DemoHolder = { candidateNumber: '0001010', fullName: 'John Eichen' };
export const SECOND_DEMO_CANDIDATE: DemoHolder = { candidateNumber: '42251110', fullName: "Zoë O'Brien" };
export const THIRD_DEMO_CANDIDATE: DemoHolder = { candidateNumber: '42251111', fullName: 'Priya Shah' };

/** Revoked after import, with this reason (revocation is a staff act, not a field of the import). */
export const DEMO_REVOCATIONS: Record<string, string> = {
  '01733310-01-RV2K': 'Issued in error: the final assessment was not completed.',
};

export function demoAchievements(): Array<Record<string, unknown>> {
  const john = DEMO_CANDIDATE;
  const alison = SECOND_DEMO_CANDIDATE;
  const priya = THIRD_DEMO_CANDIDATE;
  return [
    {
      certificateNumber: '01626756-01-Q3NF',
      kind: 'qualification',
      title: 'Level 3 NVQ Diploma in Customer Service',
      qualificationNumber: '500/9349/6',
      candidateNumber: john.candidateNumber,
      fullName: john.fullName,
      grade: 'Pass',
      issueDate: '2017-01-04',
      centre: 'Fanshaws',
      units: [
        {
          unitNumber: 'F/601/1615',
          title: 'Communicate verbally with customers',
          level: '3',
          credit: 3,
          grade: 'Pass',
        },
        {
          unitNumber: 'J/601/1616',
          title: 'Resolve customer service problems',
          level: '3',
          credit: 6,
          grade: 'Pass',
        },
      ],
    },
    {
      certificateNumber: '01645461-01-NU8R',
      kind: 'qualification',
      title: 'Level 2 Award in MOT Testing (Classes 1 and 2)',
      qualificationNumber: '601/8930/7',
      candidateNumber: john.candidateNumber,
      fullName: john.fullName,
      grade: 'Pass',
      issueDate: '2017-10-06',
      centre: 'Fanshaws',
    },
    {
      certificateNumber: '01702345-01-K7PD',
      kind: 'qualification',
      title: 'Level 3 Diploma in Light Vehicle Maintenance and Repair Principles',
      qualificationNumber: '600/6553/2',
      candidateNumber: john.candidateNumber,
      fullName: john.fullName,
      grade: 'Merit',
      issueDate: '2018-03-14',
      centre: 'Northgate Training Centre',
      description:
        'Knowledge of light vehicle maintenance and repair, from engine and chassis systems to electrical and electronic units.',
      units: [
        {
          unitNumber: 'H/601/6431',
          title: 'Health, safety and good housekeeping in the automotive environment',
          level: '3',
          credit: 2,
          grade: 'Pass',
        },
        {
          unitNumber: 'K/601/6432',
          title: 'Support for job roles in the automotive work environment',
          level: '3',
          credit: 2,
          grade: 'Pass',
        },
        {
          unitNumber: 'M/601/6433',
          title: 'Materials, fabrication, tools and measuring devices',
          level: '3',
          credit: 3,
          grade: 'Merit',
        },
        {
          unitNumber: 'T/601/6434',
          title: 'Light vehicle engine mechanical, lubrication and cooling system units',
          level: '3',
          credit: 9,
          grade: 'Merit',
        },
        {
          unitNumber: 'A/601/6435',
          title: 'Light vehicle chassis system units',
          level: '3',
          credit: 9,
          grade: 'Distinction',
        },
        {
          unitNumber: 'F/601/6436',
          title: 'Light vehicle electrical and electronic units',
          level: '3',
          credit: 9,
          grade: 'Merit',
        },
      ],
    },
    {
      certificateNumber: '01718820-01-ACR3',
      kind: 'accreditation',
      title: 'Accredited Assessor',
      candidateNumber: john.candidateNumber,
      fullName: john.fullName,
      issueDate: '2018-01-03',
      expiryDate: '2021-01-03',
      centre: 'Northgate Training Centre',
      description: 'Accredited to assess vocational qualifications in the motor industry.',
    },
    {
      certificateNumber: '01890012-01-EV4T',
      kind: 'accreditation',
      title: 'Accredited Electric Vehicle Technician',
      candidateNumber: john.candidateNumber,
      fullName: john.fullName,
      issueDate: '2024-05-01',
      expiryDate: '2029-05-01',
      centre: 'Northgate Training Centre',
      description: 'Competent to work safely on high-voltage electric and hybrid vehicle systems.',
    },
    {
      certificateNumber: '01764401-01-QP7H',
      kind: 'qap',
      title: 'Hybrid and Electric Vehicle Awareness',
      candidateNumber: john.candidateNumber,
      fullName: john.fullName,
      grade: 'Achieved',
      issueDate: '2019-06-12',
      centre: 'Northgate Training Centre',
      units: [
        {
          unitNumber: 'QAP-EV1',
          title: 'Electric vehicle safety awareness',
          level: '2',
          credit: 1,
          grade: 'Achieved',
        },
        {
          unitNumber: 'QAP-EV2',
          title: 'Working around high-voltage systems',
          level: '2',
          credit: 1,
          grade: 'Achieved',
        },
      ],
    },
    {
      certificateNumber: '01733310-01-RV2K',
      kind: 'qualification',
      title: 'Level 2 Award in Vehicle Air Conditioning',
      qualificationNumber: '601/2290/0',
      candidateNumber: john.candidateNumber,
      fullName: john.fullName,
      grade: 'Pass',
      issueDate: '2018-09-20',
      centre: 'Fanshaws',
      units: [
        {
          unitNumber: 'R/601/2291',
          title: 'Vehicle air conditioning systems',
          level: '2',
          credit: 4,
          grade: 'Pass',
        },
      ],
    },
    {
      certificateNumber: '016530933-01-1800',
      kind: 'qualification',
      title: 'Level 2 Certificate in Vehicle Fitting Principles',
      qualificationNumber: '603/1465/5',
      candidateNumber: alison.candidateNumber,
      fullName: alison.fullName,
      grade: 'Pass',
      issueDate: '2017-06-06',
      centre: 'Fanshaws',
    },
    {
      certificateNumber: '01811190-01-WX9M',
      kind: 'qualification',
      title: 'Level 3 Certificate in Light Vehicle Inspection',
      qualificationNumber: '603/2845/9',
      candidateNumber: alison.candidateNumber,
      fullName: alison.fullName,
      grade: 'Distinction',
      issueDate: '2020-02-17',
      centre: 'Fanshaws',
      units: [
        {
          unitNumber: 'D/617/4001',
          title: 'Vehicle inspection procedures',
          level: '3',
          credit: 5,
          grade: 'Distinction',
        },
        {
          unitNumber: 'H/617/4002',
          title: 'Reporting inspection findings',
          level: '3',
          credit: 3,
          grade: 'Merit',
        },
      ],
    },
    {
      certificateNumber: '01850077-01-PS3Q',
      kind: 'qualification',
      title: 'Level 2 Diploma in Light Vehicle Maintenance and Repair Competence',
      qualificationNumber: '600/6554/4',
      candidateNumber: priya.candidateNumber,
      fullName: priya.fullName,
      grade: 'Pass',
      issueDate: '2022-08-30',
      centre: 'Northgate Training Centre',
      units: [
        {
          unitNumber: 'L/601/6441',
          title: 'Routine light vehicle maintenance',
          level: '2',
          credit: 6,
          grade: 'Pass',
        },
        {
          unitNumber: 'R/601/6442',
          title: 'Removing and replacing light vehicle engine units',
          level: '2',
          credit: 8,
          grade: 'Pass',
        },
      ],
    },
  ];
}
