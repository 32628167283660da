import { Injectable, UnauthorizedException } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { UsersRepository } from '@samtal/store';
import { LRUCache } from 'lru-cache';
import type { Principal } from './principal.js';
import type { UiApiEnv } from '../ui-api.config.js';

/** A user as the store says now; `null` for one that does not exist or is disabled. */
type UserState = { principal: Principal | null };

/**
 * Live revocation: every request and every connected socket is checked against the user store,
 * so disabling a user (`samtal users disable`) takes effect within `AUTH_CACHE_MS`, not when the
 * token expires. Role and team come from the store, not from the token.
 */
@Injectable()
export class ActiveUsers {
  private readonly cache: LRUCache<string, UserState>;

  constructor(users: UsersRepository, config: ConfigService<UiApiEnv, true>) {
    const ttl = config.get('AUTH_CACHE_MS', { infer: true });
    this.cache = new LRUCache<string, UserState>({
      max: 10_000,
      // ttl 0 would mean "forever" to lru-cache: with no caching wanted, keep an entry for 1 ms.
      ttl: Math.max(ttl, 1),
      // Concurrent look-ups of one user share one query.
      fetchMethod: async (id) => {
        const user = await users.findById(id);
        return { principal: user && !user.disabled ? { sub: user._id, role: user.role, team: user.team } : null };
      },
    });
  }

  /** The user's principal as stored now, or null when unknown or disabled. */
  async current(sub: string): Promise<Principal | null> {
    return (await this.cache.fetch(sub))?.principal ?? null;
  }

  /** The principal as stored now; 401 for a user that does not exist or is disabled. */
  async require(sub: string): Promise<Principal> {
    const principal = await this.current(sub);
    if (!principal) throw new UnauthorizedException('this user does not exist or is disabled');
    return principal;
  }
}
