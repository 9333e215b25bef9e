import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import {
  IsEmail,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  ValidateNested,
  validateSync,
} from 'class-validator';
import { describeValidationErrors, fieldLabel } from './validation-messages';

class Address {
  @IsNotEmpty()
  @IsString()
  postcode: string;
}

class Registration {
  @IsNotEmpty()
  @IsEmail()
  email: string;

  @IsNotEmpty({ message: 'Enter your surname' })
  @MaxLength(5)
  surname: string;

  @IsOptional()
  @ValidateNested()
  @Type(() => Address)
  homeAddress?: Address;
}

function problems(input: object) {
  const dto = plainToInstance(Registration, input);
  return describeValidationErrors(validateSync(dto, { whitelist: true, forbidNonWhitelisted: true }));
}

describe('validation messages', () => {
  it('labels fields the way people read them', () => {
    expect(fieldLabel('dateOfBirth')).toBe('Date of birth');
    expect(fieldLabel('permissions.0.certificateNumber')).toBe('Certificate number');
    expect(fieldLabel('first_name')).toBe('First name');
  });

  it('reports the first declared rule a field breaks, in plain words', () => {
    expect(problems({ email: '', surname: 'Lovelace', homeAddress: { postcode: '' } })).toEqual([
      { field: 'email', message: 'Email is required.' },
      { field: 'surname', message: 'Surname must be shorter than or equal to 5 characters.' },
      { field: 'homeAddress.postcode', message: 'Postcode is required.' },
    ]);
  });

  it("keeps a DTO's own message and refuses unknown fields", () => {
    expect(problems({ email: 'ada@example.com', colour: 'red' })).toEqual([
      { field: 'colour', message: 'Colour is not a field we accept.' },
      { field: 'surname', message: 'Enter your surname' },
    ]);
  });
});
