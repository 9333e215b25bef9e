import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class CreateTokenRequest {
  @ApiProperty()
  @IsEmail({}, { message: 'Email must be an email address, like name@example.com.' })
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password: string;

  @ApiPropertyOptional({
    description: 'Staff: the 6-digit code from the authenticator app',
    example: '123456',
  })
  @IsOptional()
  @IsString()
  @Matches(/^\s*\d{3}\s?\d{3}\s*$/, { message: 'Totp must be the 6-digit code from your authenticator app.' })
  totp?: string;
}

export class TokenResponse {
  @ApiProperty() accessToken: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: Date;
  @ApiProperty({ enum: ['candidate', 'third_party', 'staff'] }) role: string;
}

export class EmailVerificationRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;
}

export class EmailOnlyRequest {
  @ApiProperty()
  @IsEmail({}, { message: 'Email must be an email address, like name@example.com.' })
  @MaxLength(254)
  email: string;
}

export class ConfirmPasswordResetRequest {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @ApiProperty({ minLength: 15, maxLength: 256 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  newPassword: string;
}
