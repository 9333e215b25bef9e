import { Transform } from 'class-transformer';
import { ValidateBy, ValidationOptions } from 'class-validator';
import { parseCalendarDate, parseWrittenDate } from '../../domain/calendar-date';

/**
 * A date typed on a form as people write it (14 3 2018, 14 March 2018) becomes an ISO date; what is not
 * a real date is left as typed, so `IsCalendarDate` refuses it with the field's own message.
 */
export function WrittenDate(): PropertyDecorator {
  return Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? (parseWrittenDate(value) ?? value) : value,
  );
}

/** A real date as an ISO string (after `WrittenDate` read it). */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isCalendarDate',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseCalendarDate(value) === value,
      },
    },
    options,
  );
}
