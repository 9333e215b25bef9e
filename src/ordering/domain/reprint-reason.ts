import { InvalidInputError } from '../../shared/domain';

export const REPRINT_REASONS = ['lost', 'damaged', 'name_change', 'duplicate_required', 'other'] as const;
export type ReprintReason = (typeof REPRINT_REASONS)[number];

export const REPRINT_REASON_LABELS: Record<ReprintReason, string> = {
  lost: 'Lost',
  damaged: 'Damaged',
  name_change: 'Name change',
  duplicate_required: 'Duplicate required',
  other: 'Other',
};

/** Why a copy is wanted; "other" needs the candidate's own words. */
export interface ReasonForReprint {
  reason: ReprintReason;
  text: string | null;
}

export function checkReason(reason: unknown, text: unknown): ReasonForReprint {
  if (typeof reason !== 'string' || !(REPRINT_REASONS as readonly string[]).includes(reason)) {
    throw new InvalidInputError('ORDERING.INVALID_REASON', 'Choose why you need the document.', [
      { field: 'reason', message: 'Choose why you need the document.' },
    ]);
  }
  const words = typeof text === 'string' ? text.trim() : '';
  if (reason === 'other' && words.length === 0) {
    throw new InvalidInputError('ORDERING.INVALID_REASON', 'Tell us why you need the document.', [
      { field: 'reasonText', message: 'Tell us why you need the document.' },
    ]);
  }
  if (words.length > 200) {
    throw new InvalidInputError('ORDERING.INVALID_REASON', 'The reason can be up to 200 characters.', [
      { field: 'reasonText', message: 'The reason can be up to 200 characters.' },
    ]);
  }
  return { reason: reason as ReprintReason, text: reason === 'other' ? words : null };
}

export function describeReason(r: ReasonForReprint): string {
  return r.reason === 'other' && r.text ? `Other: ${r.text}` : REPRINT_REASON_LABELS[r.reason];
}
