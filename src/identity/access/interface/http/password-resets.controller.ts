import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestActor } from '../../../../shared/application/audit-log';
import { RequestActorOf } from '../../../../shared/web/authentication/auth.decorators';
import { RequestPasswordReset } from '../../application/commands/request-password-reset/request-password-reset.command';
import { ResetPassword } from '../../application/commands/reset-password/reset-password.command';
import { ConfirmPasswordResetRequest, EmailOnlyRequest } from '../../../interface/dto/auth.requests';
import { MailingThrottle, TokenThrottle } from '../../../interface/http/throttles';

@ApiTags('Identity')
@Controller('api/v1/password-resets')
export class PasswordResetsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(202)
  @MailingThrottle()
  @ApiOperation({
    summary:
      'Email a single-use reset link, valid for 1 hour (202 whether or not the address has an account)',
  })
  @ApiAcceptedResponse()
  async request(@Body() body: EmailOnlyRequest, @RequestActorOf() actor: RequestActor): Promise<void> {
    await this.commands.execute(new RequestPasswordReset(body.email, actor));
  }

  @Post('confirm')
  @HttpCode(204)
  @TokenThrottle()
  @ApiOperation({
    summary: 'Set a new password with the emailed token; ends every session and token of the account',
  })
  @ApiNoContentResponse()
  async confirm(
    @Body() body: ConfirmPasswordResetRequest,
    @RequestActorOf() actor: RequestActor,
  ): Promise<void> {
    await this.commands.execute(new ResetPassword(body.token, body.newPassword, actor));
  }
}
