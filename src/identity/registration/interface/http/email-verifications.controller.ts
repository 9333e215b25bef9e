import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestActor } from '../../../../shared/application/audit-log';
import { RequestActorOf } from '../../../../shared/web/authentication/auth.decorators';
import { ResendEmailVerification } from '../../application/commands/resend-email-verification/resend-email-verification.command';
import { VerifyEmail } from '../../application/commands/verify-email/verify-email.command';
import { EmailOnlyRequest, EmailVerificationRequest } from '../../../interface/dto/auth.requests';
import { MailingThrottle, TokenThrottle } from '../../../interface/http/throttles';

@ApiTags('Identity')
@Controller('api/v1/email-verifications')
export class EmailVerificationsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(204)
  @TokenThrottle()
  @ApiOperation({
    summary:
      'Confirm an email address with the token from the emailed link (400 IDENTITY.INVALID_TOKEN if unknown, used or expired)',
  })
  @ApiNoContentResponse()
  async verify(@Body() body: EmailVerificationRequest, @RequestActorOf() actor: RequestActor): Promise<void> {
    await this.commands.execute(new VerifyEmail(body.token, actor));
  }

  @Post('resend')
  @HttpCode(202)
  @MailingThrottle()
  @ApiOperation({
    summary: 'Send a new confirmation link to an unconfirmed address (202 whether or not it has an account)',
  })
  @ApiAcceptedResponse()
  async resend(@Body() body: EmailOnlyRequest): Promise<void> {
    await this.commands.execute(new ResendEmailVerification(body.email));
  }
}
