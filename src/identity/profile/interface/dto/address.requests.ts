import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';

// The shape only; the address rules (required parts, UK postcodes, known countries) are the domain's
// checkAddress, so the API and the pages give the same answers.
export class AddressRequest {
  @ApiPropertyOptional({ maxLength: 50, nullable: true, example: 'Home' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  label?: string | null;

  @ApiProperty({ maxLength: 100, example: '1 High Street' })
  @IsString({ message: 'Enter the first line of the address' })
  @MaxLength(200)
  line1: string;

  @ApiPropertyOptional({ maxLength: 100, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  line2?: string | null;

  @ApiProperty({ maxLength: 60, example: 'Leeds' })
  @IsString({ message: 'Enter the town or city' })
  @MaxLength(200)
  town: string;

  @ApiPropertyOptional({ maxLength: 60, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  county?: string | null;

  @ApiProperty({
    maxLength: 10,
    example: 'LS1 4AP',
    description: 'UK postcodes are checked and written upper case with one space',
  })
  @IsString({ message: 'Enter the postcode' })
  @MaxLength(200)
  postcode: string;

  @ApiProperty({ minLength: 2, maxLength: 2, example: 'GB', description: 'ISO 3166-1 alpha-2' })
  @IsString({ message: 'Choose the country (an ISO 3166-1 alpha-2 code such as GB)' })
  @MaxLength(200)
  country: string;

  @ApiPropertyOptional({ description: 'Make this the default address (the first address always is)' })
  @IsOptional()
  @IsBoolean()
  isDefault?: boolean;
}
