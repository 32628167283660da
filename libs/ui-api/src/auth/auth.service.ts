import { Injectable, UnauthorizedException } from '@nestjs/common';
import type { LoginRequest, LoginResponse, MeResponse } from '@samtal/contracts';
import { AuditLog, UsersRepository } from '@samtal/store';
import { PasswordCheck } from './password.js';
import type { Principal } from './principal.js';
import { TokenService } from './token.service.js';

/**
 * Login against the built-in user store, with its audit records. An OIDC provider can later
 * issue the same principal (subject, role, team) and reuse everything behind `AuthGuard`.
 */
@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly tokens: TokenService,
    private readonly audit: AuditLog,
    private readonly passwords: PasswordCheck,
  ) {}

  async login(body: LoginRequest): Promise<LoginResponse> {
    const user = await this.users.findById(body.username);
    // One scrypt run whoever asks (a dummy hash for unknown and disabled users): the time taken tells no one who exists.
    const ok = await this.passwords.check(body.password, user && !user.disabled ? user.passwordHash : undefined);
    if (!user || user.disabled || !ok) {
      if (user) await this.audit.record({ actor: user._id, role: user.role, action: 'auth.denied' });
      throw new UnauthorizedException('wrong username or password');
    }
    const principal: Principal = { sub: user._id, role: user.role, team: user.team };
    await this.audit.record({ actor: user._id, role: user.role, action: 'auth.login' });
    return {
      accessToken: await this.tokens.sign(principal),
      user: { id: user._id, displayName: user.displayName, role: user.role, team: user.team },
    };
  }

  async me(principal: Principal): Promise<MeResponse> {
    const user = await this.users.findById(principal.sub);
    if (!user || user.disabled) throw new UnauthorizedException('this user does not exist or is disabled');
    return { id: principal.sub, role: principal.role, team: principal.team, displayName: user.displayName };
  }
}
