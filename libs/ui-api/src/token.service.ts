import { Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { PrincipalSchema, type Principal } from './principal.js';

/** Verifies access tokens; any failure (expired, tampered, malformed) is a plain 401. */
@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  async verify(token: unknown): Promise<Principal> {
    if (typeof token !== 'string' || !token) throw new UnauthorizedException('missing access token');
    let claims: unknown;
    try {
      claims = await this.jwt.verifyAsync(token, { algorithms: ['HS256'] });
    } catch {
      throw new UnauthorizedException('invalid or expired access token');
    }
    const principal = PrincipalSchema.safeParse(claims);
    if (!principal.success) throw new UnauthorizedException('access token lacks a subject or role');
    return principal.data;
  }

  sign(principal: Principal): Promise<string> {
    return this.jwt.signAsync(principal, { algorithm: 'HS256' });
  }
}
