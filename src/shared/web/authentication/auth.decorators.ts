import {
  applyDecorators,
  createParamDecorator,
  ExecutionContext,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { ApiBearerAuth } from '@nestjs/swagger';
import type { Request } from 'express';
import { ALLOWED_ROLES, AuthenticationGuard } from './authentication.guard';
import { AuthenticatedPrincipal, PrincipalRole } from './principal';

/**
 * Any logged-in account (on a class or a method):
 *
 *   @Authenticated()
 *   @Get('me') me(@CurrentPrincipal() principal: AuthenticatedPrincipal) { ... }
 */
export function Authenticated(): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(ALLOWED_ROLES, []), UseGuards(AuthenticationGuard), ApiBearerAuth());
}

/**
 * Only these roles; anyone else logged in gets 403, anyone not logged in 401 (pages: the login page).
 * Staff principals exist only after the second factor, so `@Roles('staff')` implies it.
 *
 *   @Roles('candidate')
 *   @Controller('api/v1/me/achievements') export class MyAchievementsController { ... }
 */
export function Roles(...roles: PrincipalRole[]): MethodDecorator & ClassDecorator {
  return applyDecorators(SetMetadata(ALLOWED_ROLES, roles), UseGuards(AuthenticationGuard), ApiBearerAuth());
}

/** The request's principal (use on routes behind @Authenticated or @Roles, where it is always set). */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): AuthenticatedPrincipal | undefined => {
    return context.switchToHttp().getRequest<Request>().principal;
  },
);

/** Who acted, for commands that write to the audit trail. */
export const RequestActorOf = createParamDecorator((_: unknown, context: ExecutionContext) => {
  const req = context.switchToHttp().getRequest<Request>();
  return { accountId: req.principal?.accountId ?? null, ip: req.ip ?? null };
});
