// Validation rules the pages' form DTOs share, worded as the domain words them, so a form refused at
// the edge reads the same as one refused by the command.
import { ValidateBy, ValidationArguments, ValidationOptions } from 'class-validator';
import { emailProblem } from '../../domain/email-address';

/** An email address of the shape the domain accepts; the message says what is wrong with it. */
export function IsEmailAddress(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isEmailAddress',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && emailProblem(value) === undefined,
        defaultMessage: (args?: ValidationArguments) =>
          emailProblem(typeof args?.value === 'string' ? args.value : '') ?? '',
      },
    },
    options,
  );
}

/** The same text as another field of the form (a password typed twice). */
export function SameAs(property: string, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'sameAs',
      constraints: [property],
      validator: {
        validate: (value: unknown, args?: ValidationArguments) =>
          value === (args?.object as Record<string, unknown> | undefined)?.[property],
      },
    },
    options,
  );
}
