import { Body, Controller, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestActor } from '../../../../shared/application/audit-log';
import { RequestActorOf } from '../../../../shared/web/authentication/auth.decorators';
import { RegisterCandidate } from '../../application/commands/register-candidate/register-candidate.command';
import { RegisterThirdParty } from '../../application/commands/register-third-party/register-third-party.command';
import {
  RegisterCandidateRequest,
  RegisterThirdPartyRequest,
  RegistrationResponse,
} from '../dto/registration.requests';
import { RegistrationThrottle } from '../../../interface/http/throttles';

@ApiTags('Identity')
@Controller('api/v1/registrations')
export class RegistrationsController {
  constructor(private readonly commands: CommandBus) {}

  @Post('candidates')
  @RegistrationThrottle()
  @ApiOperation({
    summary: 'Register a candidate (matched against the candidate records)',
    description:
      'status is "active" when number + surname + date of birth (or, with NA, both names + date of birth) match exactly one unlinked record; otherwise "pending_authorisation".',
  })
  @ApiCreatedResponse({ type: RegistrationResponse })
  @ApiConflictResponse({ description: 'IDENTITY.EMAIL_TAKEN' })
  registerCandidate(
    @Body() body: RegisterCandidateRequest,
    @RequestActorOf() actor: RequestActor,
  ): Promise<RegistrationResponse> {
    return this.commands.execute(new RegisterCandidate(body, actor));
  }

  @Post('third-parties')
  @RegistrationThrottle()
  @ApiOperation({
    summary:
      'Register a third party (employer, college, training provider); they confirm their email before logging in',
  })
  @ApiCreatedResponse({ type: RegistrationResponse })
  @ApiConflictResponse({ description: 'IDENTITY.EMAIL_TAKEN' })
  registerThirdParty(
    @Body() body: RegisterThirdPartyRequest,
    @RequestActorOf() actor: RequestActor,
  ): Promise<RegistrationResponse> {
    return this.commands.execute(new RegisterThirdParty(body, actor));
  }
}
