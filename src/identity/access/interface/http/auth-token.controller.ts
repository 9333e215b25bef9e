import { Body, Controller, Delete, HttpCode, Post, Req } from '@nestjs/common';
import type { Request } from 'express';
import { CommandBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { RequestActor } from '../../../../shared/application/audit-log';
import { InvalidInputError } from '../../../../shared/domain';
import {
  Authenticated,
  CurrentPrincipal,
  RequestActorOf,
} from '../../../../shared/web/authentication/auth.decorators';
import type { AuthenticatedPrincipal } from '../../../../shared/web/authentication/principal';
import { LogIn } from '../../application/commands/log-in/log-in.command';
import { RevokeAccessToken } from '../../application/commands/revoke-access-token/revoke-access-token.command';
import { SecondFactorRequiredError } from '../../../domain/identity.errors';
import { CreateTokenRequest, TokenResponse } from '../../../interface/dto/auth.requests';
import { LoginThrottle } from '../../../interface/http/throttles';

@ApiTags('Identity')
@Controller('api/v1/auth/token')
export class AuthTokenController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @LoginThrottle()
  @ApiOperation({
    summary: 'Exchange email, password (and, for staff, a TOTP code) for a bearer token',
    description:
      '401 IDENTITY.INVALID_CREDENTIALS whether or not the email exists; 429 IDENTITY.TOO_MANY_ATTEMPTS while the address is locked.',
  })
  @ApiOkResponse({ type: TokenResponse })
  async create(
    @Body() body: CreateTokenRequest,
    @RequestActorOf() actor: RequestActor,
  ): Promise<TokenResponse> {
    const login = await this.commands.execute(
      new LogIn({ email: body.email, password: body.password, totp: body.totp, issueToken: true }, actor),
    );
    if (login.secondFactor !== 'none' || !login.token) throw new SecondFactorRequiredError();
    return login.token;
  }

  @Delete()
  @HttpCode(204)
  @Authenticated()
  @ApiOperation({ summary: 'Revoke the bearer token sent with this request' })
  @ApiNoContentResponse()
  async revoke(
    @CurrentPrincipal() principal: AuthenticatedPrincipal,
    @Req() req: Request,
    @RequestActorOf() actor: RequestActor,
  ): Promise<void> {
    const token = /^Bearer\s+(\S+)/i.exec(req.headers.authorization ?? '')?.[1];
    if (principal.via !== 'token' || !token) {
      throw new InvalidInputError(
        'IDENTITY.NO_BEARER_TOKEN',
        'Send the token to revoke in the Authorization header (Bearer).',
      );
    }
    await this.commands.execute(new RevokeAccessToken(token, actor));
  }
}
