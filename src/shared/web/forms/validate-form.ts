import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DomainError } from '../../domain/domain-error';
import { describeValidationErrors, FieldProblem } from '../validation/validation-messages';

export type FormResult<T> = { ok: true; value: T } | { ok: false; errors: FieldProblem[] };

/**
 * Validates a submitted HTML form against a DTO without throwing, so the page can be shown again with
 * an error summary and the input kept. Web controllers take the body untyped (`@Body() body:
 * Record<string, unknown>`, which the global pipe leaves alone) and call this:
 *
 *   const form = await validateForm(LoginForm, body);
 *   if (!form.ok) return res.status(400).render('identity/login', { errors: form.errors, values: body, ... });
 *
 * Empty text inputs arrive as '' from a browser; they are treated as absent so `@IsOptional()` works.
 * A refusal from the command (a DomainError) goes on the same page with `problemsOf(error)`.
 * Text is trimmed, except passwords, which are taken exactly as typed.
 */
export async function validateForm<T extends object>(
  dto: new () => T,
  body: unknown,
): Promise<FormResult<T>> {
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (key === '_csrf') continue;
    const text = typeof value === 'string' && !/password/i.test(key) ? value.trim() : value;
    if (text === '') continue;
    input[key] = text;
  }
  const instance = plainToInstance(dto, input);
  // A browser sends every input of the form (buttons included): fields the DTO does not declare are
  // dropped from the value, not reported to the person.
  const errors = await validate(instance, {
    whitelist: true,
    forbidNonWhitelisted: false,
    validationError: { target: false, value: false },
  });
  return errors.length === 0
    ? { ok: true, value: instance }
    : { ok: false, errors: describeValidationErrors(errors) };
}

/** A command's refusal as form errors: its field details, or its message at the top of the page. */
export function problemsOf(error: DomainError): FieldProblem[] {
  return error.details.length > 0
    ? error.details.map(({ field, message }) => ({ field: field ?? '', message }))
    : [{ field: '', message: error.message }];
}
