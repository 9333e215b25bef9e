import { CredentialCheckResult } from '../../application/queries/check-credential/check-credential.query';
import { UploadedDocumentCheck } from '../../application/queries/check-uploaded-document/check-uploaded-document.query';

export interface DocumentCheckView {
  /** good: rely on it; warning: genuine but not current; bad: do not rely on this file. */
  tone: 'good' | 'warning' | 'bad';
  heading: string;
  explanation: string;
  /** What the reader can do next. */
  advice?: string;
}

/** An uploaded PDF's check in the words of someone deciding whether to rely on it (an employer, say). */
export function documentCheckView(check: UploadedDocumentCheck, issuer: string): DocumentCheckView {
  if (check.signature === 'missing') {
    return {
      tone: 'bad',
      heading: 'Not signed',
      explanation: `This PDF carries no digital signature, so it cannot be confirmed as a file ${issuer} issued.`,
      advice:
        'Documents issued before digital signing began have none: check the verification code printed on the document instead.',
    };
  }
  if (check.signature === 'invalid') {
    if (check.signatureProblem === 'changed') {
      return {
        tone: 'bad',
        heading: 'Changed since it was issued',
        explanation: `This PDF was signed, but it has been altered since. Do not rely on what it says.`,
        advice: 'Ask the holder for the original file, or check the verification code printed on it.',
      };
    }
    if (check.signatureProblem === 'not-ours') {
      return {
        tone: 'bad',
        heading: `Not signed by ${issuer}`,
        explanation: `This PDF is signed by ${check.signedBy ?? 'someone else'}, not by ${issuer}. It is not a document we issued.`,
      };
    }
    return {
      tone: 'bad',
      heading: 'Signature cannot be read',
      explanation: `This PDF's signature is damaged or in a form we cannot check, so it cannot be confirmed as ours.`,
      advice: 'Check the verification code printed on the document instead.',
    };
  }
  const genuine = `This PDF is exactly the file ${issuer} issued and signed: nothing in it has been changed.`;
  switch (check.status) {
    case 'valid':
      return {
        tone: 'good',
        heading: 'Genuine and valid',
        explanation: `${genuine} The qualification is current.`,
      };
    case 'expired':
      return {
        tone: 'warning',
        heading: 'Genuine but expired',
        explanation: `${genuine} Its expiry date has passed, so it is no longer current.`,
      };
    case 'revoked':
      return {
        tone: 'bad',
        heading: 'Genuine but revoked',
        explanation: `${genuine} The award has since been revoked: it is no longer valid.`,
      };
    default:
      return {
        tone: 'warning',
        heading: 'Genuine, but no longer on our records',
        explanation: `${genuine} We could not find the certificate it describes today.`,
        advice: `Contact ${issuer} to ask about it.`,
      };
  }
}

/** An uploaded Open Badges credential's check, in the same words as a PDF's. */
export function credentialCheckView(result: CredentialCheckResult, issuer: string): DocumentCheckView {
  if (result.proof === 'invalid') {
    return {
      tone: 'bad',
      heading: 'Not a valid credential from us',
      explanation: `This credential was either changed after it was issued, or not issued by ${issuer}. Do not rely on what it says.`,
      advice:
        'Ask the holder for the original file, or for the verification code printed on their certificate.',
    };
  }
  const genuine = `This digital credential was issued by ${issuer} and nothing in it has been changed.`;
  switch (result.status) {
    case 'valid':
      return { tone: 'good', heading: 'Genuine and valid', explanation: `${genuine} It is current.` };
    case 'expired':
      return {
        tone: 'warning',
        heading: 'Genuine but expired',
        explanation: `${genuine} It is past its expiry date.`,
      };
    case 'revoked':
      return {
        tone: 'bad',
        heading: 'Genuine but revoked',
        explanation: `${genuine} It has since been revoked (or replaced by a corrected one): it is no longer valid.`,
      };
    default:
      return {
        tone: 'warning',
        heading: 'Genuine, status unknown',
        explanation: `${genuine} Its current status could not be read.`,
        advice: `Contact ${issuer} to ask about it.`,
      };
  }
}
