import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { z } from 'zod';
import { PrincipalSchema, type Principal } from './principal.js';

/** What a valid access token carries: the principal and an expiry (a token without `exp` is refused). */
export const AccessTokenClaimsSchema = PrincipalSchema.extend({ exp: z.number().int().positive() });
export type AccessTokenClaims = z.infer<typeof AccessTokenClaimsSchema>;

/** Verifies access tokens; any failure (expired, tampered, malformed, no expiry) is a plain 401. */
@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  async verify(token: unknown): Promise<AccessTokenClaims> {
    if (typeof token !== 'string' || !token) throw new UnauthorizedException('missing access token');
    let claims: unknown;
    try {
      claims = await this.jwt.verifyAsync(token, { algorithms: ['HS256'] });
    } catch {
      throw new UnauthorizedException('invalid or expired access token');
    }
    const parsed = AccessTokenClaimsSchema.safeParse(claims);
    if (!parsed.success) throw new UnauthorizedException('access token lacks a subject, role or expiry');
    return { sub: parsed.data.sub, role: parsed.data.role, team: parsed.data.team, exp: parsed.data.exp };
  }

  /** Signs with the configured lifetime (`JWT_TTL_SECONDS`), so every token carries `exp`. */
  sign(principal: Principal): Promise<string> {
    return this.jwt.signAsync({ sub: principal.sub, role: principal.role, team: principal.team }, { algorithm: 'HS256' });
  }
}
