// Handlebars helpers of the web pages. Formatting (britishDate, money) is shared with emails and PDFs.
import type Handlebars from 'handlebars';
import { registerFormatHelpers } from '../../infrastructure/templating/format-helpers';
import { renderLimitedMarkdown } from '../../infrastructure/templating/markdown';
import { navigationFor, Principal } from './navigation';
import { statusWords } from './status-words';

type HandlebarsEnv = typeof Handlebars;
interface FieldProblem {
  field: string;
  message: string;
}

/** "permissions.0.certificateNumber" or "address[line1]" -> a valid, stable element id. */
export function fieldId(name: string): string {
  return name.replace(/[[\].]+/g, '-').replace(/-+$/, '');
}

function lookup(source: unknown, name: string): unknown {
  if (source === null || typeof source !== 'object') return undefined;
  if (Object.prototype.hasOwnProperty.call(source, name)) return (source as Record<string, unknown>)[name];
  // Nested names (address.line1) read nested values.
  return name
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      source,
    );
}

function errorFor(errors: unknown, name: string): string | undefined {
  if (!Array.isArray(errors)) return undefined;
  return (errors as FieldProblem[]).find((problem) => problem.field === name)?.message;
}

/** Escapes JSON so it can sit inside `<script type="application/json">` (never inside an attribute). */
export function jsonForHtml(value: unknown): string {
  return (JSON.stringify(value) ?? 'null')
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * The parameters the field partials read as they were given (`{{> text-field label="..." width=10}}`).
 * Only these are copied: a partial's context also holds the whole page model and the app's locals,
 * and copying all of it for every field was a visible share of a page with a form (docs/benchmarks.md).
 */
const PARTIAL_PARAMETERS = [
  'label',
  'hint',
  'width',
  'autocomplete',
  'inputmode',
  'spellcheckOff',
  'maxlength',
  'options',
  'placeholder',
  'rows',
] as const;

/**
 * What a form partial needs about its field: id, kept value, error, and the ids for aria-describedby.
 * Reads the partial's parameters (`name`, `label`, `hint`, ...) and the page's `values` and `errors`.
 */
function formField(
  context: Record<string, unknown>,
  options: Handlebars.HelperOptions,
): Record<string, unknown> {
  const root = (options.data?.root ?? {}) as Record<string, unknown>;
  const name = String(context.name ?? '');
  const id = fieldId(String(context.id ?? name));
  const values = context.values ?? root.values;
  const error = errorFor(context.errors ?? root.errors, name);
  const rawValue = context.value !== undefined ? context.value : lookup(values, name);
  const type = String(context.type ?? 'text');
  const checkedValue = String(context.checkedValue ?? 'true');
  const hintId = context.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  // A date kept as "2001-02-03" (from a saved profile) or as its three inputs (from a failed submit).
  const iso =
    typeof rawValue === 'string' && /^\d{4}-\d{2}-\d{2}/.test(rawValue)
      ? rawValue.slice(0, 10).split('-')
      : undefined;
  const part = (suffix: string, fromIso: string | undefined) => {
    const kept = lookup(values, `${name}-${suffix}`);
    return kept !== undefined ? kept : fromIso !== undefined ? String(Number(fromIso)) : '';
  };
  const parameters: Record<string, unknown> = {};
  for (const key of PARTIAL_PARAMETERS) if (context[key] !== undefined) parameters[key] = context[key];
  return {
    ...parameters,
    id,
    name,
    type,
    error,
    hintId,
    errorId,
    describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined,
    // A password is never sent back to the browser.
    value: type === 'password' || rawValue === undefined || rawValue === null ? '' : rawValue,
    checkedValue,
    checked:
      context.checked !== undefined
        ? Boolean(context.checked)
        : Array.isArray(rawValue)
          ? rawValue.map(String).includes(checkedValue)
          : rawValue === true ||
            (rawValue !== undefined && rawValue !== null && String(rawValue) === checkedValue),
    day: part('day', iso?.[2]),
    month: part('month', iso?.[1]),
    year: part('year', iso?.[0] !== undefined ? String(Number(iso[0])) : undefined),
  };
}

export function registerWebHelpers(handlebars: HandlebarsEnv): void {
  registerFormatHelpers(handlebars);
  handlebars.registerHelper(
    'eq',
    (a: unknown, b: unknown) =>
      a === b || (a !== undefined && a !== null && b !== undefined && b !== null && String(a) === String(b)),
  );
  handlebars.registerHelper('not', (value: unknown) => !value);
  handlebars.registerHelper('and', (...args: unknown[]) => args.slice(0, -1).every(Boolean));
  handlebars.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  handlebars.registerHelper('json', (value: unknown) => new handlebars.SafeString(jsonForHtml(value)));
  handlebars.registerHelper(
    'markdown',
    (source: unknown) => new handlebars.SafeString(renderLimitedMarkdown(String(source ?? ''))),
  );
  handlebars.registerHelper('fieldId', (name: unknown) => fieldId(String(name ?? '')));
  handlebars.registerHelper('formField', formField);
  handlebars.registerHelper(
    'errorFor',
    function (this: unknown, name: string, options: Handlebars.HelperOptions) {
      return errorFor((options.data?.root as Record<string, unknown> | undefined)?.errors, name);
    },
  );
  handlebars.registerHelper('isSelected', (value: unknown, selected: unknown) =>
    Array.isArray(selected)
      ? selected.map(String).includes(String(value))
      : selected !== undefined && selected !== null && String(value) === String(selected),
  );
  handlebars.registerHelper('navigation', (options: Handlebars.HelperOptions) => {
    const root = (options.data?.root ?? {}) as { principal?: Principal; currentPath?: string };
    return navigationFor(root.principal, root.currentPath ?? '/');
  });
  handlebars.registerHelper('statusWords', statusWords);
  handlebars.registerHelper('plural', (count: unknown, singular: string, plural: string) =>
    Number(count) === 1 ? singular : plural,
  );
  /** Help text passed as a string (blank lines separate paragraphs) or as a list of paragraphs. */
  handlebars.registerHelper('paragraphs', (text: unknown) =>
    (Array.isArray(text) ? text.map(String) : String(text ?? '').split(/\n\s*\n/))
      .map((p) => p.trim())
      .filter(Boolean),
  );
}
