import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { OptionalPageRequest } from '../../../shared/web/validation/page.request';
import { SHARED_DOCUMENTS } from '../../domain/connection-permission';

// Request bodies of api.md "Sharing". The DTOs check shapes and sizes; what may be shared, and the
// expiry rules, are the domain's.

export class PermissionDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  certificateNumber: string;

  @ApiProperty({ enum: SHARED_DOCUMENTS, isArray: true })
  @IsArray()
  @ArrayMaxSize(2)
  @ArrayUnique()
  @IsIn(SHARED_DOCUMENTS, { each: true })
  documents: Array<(typeof SHARED_DOCUMENTS)[number]>;
}

export class PermissionsDto {
  @ApiProperty({ type: [PermissionDto] })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => PermissionDto)
  permissions: PermissionDto[];
}

export class AddConnectionDto extends PermissionsDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  surname: string;

  @IsEmail()
  @MaxLength(254)
  email: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  company: string;

  /** ISO 8601 date or moment; blank or absent means one month from now. */
  @ApiPropertyOptional({ example: '2027-01-31' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  expiresAt?: string;
}

export class ExpiryDto {
  @ApiProperty({ example: '2027-01-31' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  expiresAt: string;
}

export class ApproveConnectionDto extends PermissionsDto {
  @ApiPropertyOptional({ example: '2027-01-31' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  expiresAt?: string;
}

export class ConnectionRequestDto {
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  candidateNumber: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  surname: string;

  @ApiProperty({ example: '1990-04-27' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be a date like 1990-04-27' })
  dateOfBirth: string;

  @IsOptional()
  @IsString()
  @MaxLength(1000)
  message?: string;
}

/** A page of connections (the shared bounds, no defaults). */
export class ConnectionPageQueryDto extends OptionalPageRequest {}
