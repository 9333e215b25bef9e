import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageRequest } from '../../../shared/web/validation/page.request';

export class ListRegistrationsRequest extends PageRequest {
  @ApiPropertyOptional({ enum: ['pending_authorisation', 'rejected'], default: 'pending_authorisation' })
  @IsOptional()
  @IsIn(['pending_authorisation', 'rejected'])
  status: 'pending_authorisation' | 'rejected' = 'pending_authorisation';
}

export class ApproveRegistrationRequest {
  @ApiProperty({ description: 'The candidate record to link the account to' })
  @IsString()
  @IsNotEmpty({ message: 'Candidate number is required.' })
  @MaxLength(20)
  candidateNumber: string;
}

export class RejectRegistrationRequest {
  @ApiProperty({ description: 'Told to the candidate by email' })
  @IsString()
  @IsNotEmpty({ message: 'Reason is required.' })
  @MaxLength(1000)
  reason: string;
}

export class CreateStaffAccountRequest {
  @ApiProperty()
  @IsEmail({}, { message: 'Email must be an email address, like name@example.com.' })
  @MaxLength(254)
  email: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  surname: string;
}
