import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class SocialLinksRequest {
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) facebook?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'X (Twitter)' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  x?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) linkedin?: string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) instagram?:
    string | null;
  @ApiPropertyOptional({ nullable: true }) @IsOptional() @IsString() @MaxLength(300) website?: string | null;
}

export class UpdateProfileRequest {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'First name must not be empty.' })
  @MaxLength(100, { message: 'First name must be 100 characters or fewer.' })
  firstName?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty({ message: 'Surname must not be empty.' })
  @MaxLength(100, { message: 'Surname must be 100 characters or fewer.' })
  surname?: string;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  telephone?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  mobile?: string | null;

  @ApiPropertyOptional({ format: 'date', nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'Date of birth must be a date like 1990-04-27.' })
  dateOfBirth?: string | null;

  @ApiPropertyOptional({ type: SocialLinksRequest, description: 'An empty or null link removes it' })
  @IsOptional()
  @ValidateNested()
  @Type(() => SocialLinksRequest)
  social?: SocialLinksRequest;
}

export class ChangeCredentialsRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty({ message: 'Current password is required.' })
  @MaxLength(1024)
  currentPassword: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsEmail({}, { message: 'New email must be an email address, like name@example.com.' })
  @MaxLength(254)
  newEmail?: string;

  @ApiPropertyOptional({ minLength: 15, maxLength: 256 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  newPassword?: string;
}
