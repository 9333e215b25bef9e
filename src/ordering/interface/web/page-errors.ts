import { DomainError } from '../../../shared/domain';

export interface FieldError {
  field?: string;
  message: string;
}

/**
 * A refusal the candidate can fix becomes the page's error summary (the form is shown again with their
 * input); anything else is left to the error filter.
 */
export function formErrorsFrom(error: unknown, fallbackField?: string): FieldError[] | null {
  if (!(error instanceof DomainError) || !['invalid', 'rule'].includes(error.kind)) return null;
  if (error.details.length > 0)
    return error.details.map((d) => ({ field: d.field ?? fallbackField, message: d.message }));
  return [{ field: fallbackField, message: error.message }];
}
