import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { DomainError, ForbiddenError } from '../../domain/domain-error';
import { PrincipalRole } from './principal';

export const ALLOWED_ROLES = 'veri:allowed-roles';

export class AuthenticationRequiredError extends DomainError {
  constructor() {
    super('AUTH.AUTHENTICATION_REQUIRED', 'You need to log in to do that.', 'unauthenticated');
  }
}

export class RoleNotAllowedError extends ForbiddenError {
  constructor() {
    super('AUTH.ROLE_NOT_ALLOWED', 'Your account is not allowed to do that.');
  }
}

/**
 * Lets a request through only with a principal (401: the error filter answers JSON on /api and sends
 * pages to the login page) and, when roles are named, only with one of them (403).
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<Request>();
    if (!req.principal) throw new AuthenticationRequiredError();
    const roles = this.reflector.getAllAndOverride<PrincipalRole[] | undefined>(ALLOWED_ROLES, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (roles && roles.length > 0 && !roles.includes(req.principal.role)) throw new RoleNotAllowedError();
    return true;
  }
}
