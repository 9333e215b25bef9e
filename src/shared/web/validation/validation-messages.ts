// Turns class-validator's findings into sentences a person understands, one per field. A DTO that
// gives its own message (`@IsNotEmpty({ message: 'Enter your surname' })`) keeps it; class-validator's
// built-in wording ("dateOfBirth must be a valid ISO 8601 date string") is replaced.
import { ValidationError } from 'class-validator';

export interface FieldProblem {
  /** The field's path in the input, e.g. "email" or "permissions.0.certificateNumber". */
  field: string;
  message: string;
}

/** "dateOfBirth" -> "Date of birth"; "permissions.0.certificateNumber" -> "Certificate number". */
export function fieldLabel(path: string): string {
  const last =
    path
      .split('.')
      .filter((part) => !/^\d+$/.test(part))
      .pop() ?? path;
  const words = last
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const constraintMessages: Record<string, (label: string, args: string) => string> = {
  whitelistValidation: (label) => `${label} is not a field we accept.`,
  isDefined: (label) => `${label} is required.`,
  isNotEmpty: (label) => `${label} is required.`,
  isString: (label) => `${label} must be text.`,
  isEmail: (label) => `${label} must be an email address, like name@example.com.`,
  isInt: (label) => `${label} must be a whole number.`,
  isNumber: (label) => `${label} must be a number.`,
  isPositive: (label) => `${label} must be more than 0.`,
  isBoolean: (label) => `${label} must be true or false.`,
  isDateString: (label) => `${label} must be a real date, like 2017-11-01.`,
  isISO8601: (label) => `${label} must be a real date, like 2017-11-01.`,
  isDate: (label) => `${label} must be a real date.`,
  isUUID: (label) => `${label} must be a valid identifier.`,
  isUrl: (label) => `${label} must be a web address starting with https://.`,
  isArray: (label) => `${label} must be a list.`,
  arrayNotEmpty: (label) => `${label} must have at least one entry.`,
  isEnum: (label) => `${label} is not one of the allowed values.`,
  isIn: (label) => `${label} is not one of the allowed values.`,
  isObject: (label) => `${label} must be an object.`,
  nestedValidation: (label) => `${label} is not in the right form.`,
};

/** class-validator's own messages start with the property name; anything else was written for people. */
function isDefaultMessage(message: string, property: string): boolean {
  return (
    message.startsWith(`${property} `) ||
    message.startsWith(`each value in ${property} `) ||
    message.startsWith(`property ${property} `) ||
    message.startsWith('nested property ')
  );
}

/** Makes a class-validator message readable when there is no dedicated wording for its constraint. */
function humanise(message: string, property: string, label: string): string {
  const sentence = message
    .replace(/^property \S+ should not exist$/, `${label} is not a field we accept`)
    .replace(
      new RegExp(`^(each value in )?${property.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&')} `),
      (_m, each) => (each ? `Each value in ${label.toLowerCase()} ` : `${label} `),
    );
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

function messageFor(constraint: string, message: string, property: string, path: string): string {
  if (!isDefaultMessage(message, property)) return message;
  const label = fieldLabel(path);
  const dedicated = constraintMessages[constraint];
  if (dedicated) return dedicated(label, message);
  return humanise(message, property, label);
}

/** One problem per field (the first broken constraint), nested objects and arrays included. */
export function describeValidationErrors(errors: ValidationError[], parentPath = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const error of errors) {
    const path = parentPath ? `${parentPath}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    if (constraints.length > 0) {
      // class-validator reports constraints in reverse declaration order; the last is the first declared.
      const [constraint, message] = constraints[constraints.length - 1];
      problems.push({ field: path, message: messageFor(constraint, message, error.property, path) });
    }
    if (error.children && error.children.length > 0)
      problems.push(...describeValidationErrors(error.children, path));
  }
  return problems;
}
