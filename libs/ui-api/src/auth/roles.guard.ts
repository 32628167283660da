import { ForbiddenException, Injectable, SetMetadata, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { Role } from '@samtal/contracts';
import type { Principal } from './principal.js';

const ROLES_KEY = 'samtal:roles';

/** Only these roles may call the route (checked after `AuthGuard`). */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, [context.getHandler(), context.getClass()]);
    if (!allowed) return true;
    const principal = context.switchToHttp().getRequest<Request & { principal?: Principal }>().principal;
    if (!principal || !allowed.includes(principal.role)) throw new ForbiddenException(`only for ${allowed.join(', ')}`);
    return true;
  }
}
