import { createParamDecorator, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { Principal } from './principal.js';
import { Authenticator } from './authenticator.service.js';

type AuthenticatedRequest = Request & { principal?: Principal };

/** Requires a valid bearer token of an enabled user and attaches the user's principal to the request. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(private readonly auth: Authenticator) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    request.principal = (await this.auth.authenticate(scheme === 'Bearer' ? token : undefined)).principal;
    return true;
  }
}

export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<AuthenticatedRequest>().principal!,
);
