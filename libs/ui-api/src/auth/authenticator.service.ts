import { Injectable } from '@nestjs/common';
import { ActiveUsers } from './active-users.service.js';
import type { Principal } from './principal.js';
import { TokenService } from './token.service.js';

export interface Authenticated {
  /** As the user store says now (role and team may have changed since the token was issued). */
  principal: Principal;
  /** When the token expires (ms since the epoch). */
  expiresAt: number;
}

/** A bearer token to a principal: a valid signature with an expiry, and a user who exists and is enabled now. */
@Injectable()
export class Authenticator {
  constructor(
    private readonly tokens: TokenService,
    private readonly users: ActiveUsers,
  ) {}

  async authenticate(token: unknown): Promise<Authenticated> {
    const claims = await this.tokens.verify(token);
    return { principal: await this.users.require(claims.sub), expiresAt: claims.exp * 1000 };
  }
}
