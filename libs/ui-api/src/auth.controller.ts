import { Body, Controller, Get, HttpCode, Post, UnauthorizedException, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ZodValidationPipe } from '@samtal/platform';
import { AuditLog, UsersRepository } from '@samtal/store';
import { z } from 'zod';
import { AuthGuard, CurrentPrincipal } from './auth.guard.js';
import { PasswordCheck } from './password.js';
import type { Principal } from './principal.js';
import { TokenService } from './token.service.js';

const LoginSchema = z.strictObject({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });

/**
 * Login against the built-in user store. An OIDC provider can later issue the same
 * principal (subject, role, team) and reuse everything behind `AuthGuard`.
 */
@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly users: UsersRepository,
    private readonly tokens: TokenService,
    private readonly audit: AuditLog,
    private readonly passwords: PasswordCheck,
  ) {}

  @Post('login')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Exchange a username and password for an access token' })
  @ApiBody({ schema: z.toJSONSchema(LoginSchema) as object })
  @ApiOkResponse({ description: '`{ accessToken, user: { id, displayName, role, team } }`' })
  async login(@Body(new ZodValidationPipe(LoginSchema)) body: z.infer<typeof LoginSchema>) {
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

  @Get('me')
  @ApiBearerAuth()
  @UseGuards(AuthGuard)
  @ApiOperation({ summary: 'Who the access token belongs to' })
  async me(@CurrentPrincipal() principal: Principal) {
    const user = await this.users.findById(principal.sub);
    if (!user || user.disabled) throw new UnauthorizedException('this user does not exist or is disabled');
    return { id: principal.sub, role: principal.role, team: principal.team, displayName: user.displayName };
  }
}
