import { Body, Controller, Get, HttpCode, Patch, Put, Req } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import type { RequestActor } from '../../../../shared/application/audit-log';
import {
  Authenticated,
  CurrentPrincipal,
  RequestActorOf,
} from '../../../../shared/web/authentication/auth.decorators';
import type { AuthenticatedPrincipal } from '../../../../shared/web/authentication/principal';
import { refreshLoginSession } from '../../../../shared/web/authentication/session-login';
import { ChangeCredentials } from '../../application/commands/change-credentials/change-credentials.command';
import { UpdateProfile } from '../../application/commands/update-profile/update-profile.command';
import { GetMe, MeView } from '../../application/queries/get-me/get-me.query';
import { ChangeCredentialsRequest, UpdateProfileRequest } from '../dto/me.requests';
import { LoginThrottle } from '../../../interface/http/throttles';

@ApiTags('Identity')
@Authenticated()
@Controller('api/v1/me')
export class MeController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'The signed-in account: id, role, status, email, names, candidate number, photo, social links, counts',
  })
  @ApiOkResponse()
  me(@CurrentPrincipal() principal: AuthenticatedPrincipal): Promise<MeView> {
    return this.queries.execute(new GetMe(principal.accountId));
  }

  @Patch('profile')
  @ApiOperation({
    summary: 'Change names, telephone, mobile, date of birth or social links; answers the updated account',
  })
  @ApiOkResponse()
  async updateProfile(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: UpdateProfileRequest,
  ): Promise<MeView> {
    await this.commands.execute(
      new UpdateProfile(principal.accountId, {
        ...body,
        social: body.social ? { ...body.social } : undefined,
      }),
    );
    return this.queries.execute(new GetMe(principal.accountId));
  }

  @Put('credentials')
  @HttpCode(204)
  @LoginThrottle()
  @ApiOperation({
    summary: 'Change the password and/or email address (current password required)',
    description:
      'A new password ends every other session and token. A new address takes effect when the link emailed to it is followed.',
  })
  @ApiNoContentResponse()
  async changeCredentials(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Body() body: ChangeCredentialsRequest,
    @RequestActorOf() actor: RequestActor,
    @Req() req: Request,
  ): Promise<void> {
    const result = await this.commands.execute(
      new ChangeCredentials(principal.accountId, body, principal.tokenId, actor),
    );
    if (result.sessionsValidAfter && principal.via === 'session')
      refreshLoginSession(req, result.sessionsValidAfter);
  }
}
