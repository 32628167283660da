import { Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ThrottlerGuard } from '@nestjs/throttler';
import { LoginRequestSchema, LoginResponseSchema, MeResponseSchema, type LoginRequest } from '@samtal/contracts';
import { ApiZodBody, ZodBody, ZodResponse } from '@samtal/platform';
import { AuthGuard, CurrentPrincipal } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import type { Principal } from './principal.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Post('login')
  @HttpCode(200)
  @UseGuards(ThrottlerGuard)
  @ApiOperation({ summary: 'Exchange a username and password for an access token (10 attempts a minute per address)' })
  @ApiZodBody(LoginRequestSchema)
  @ZodResponse(LoginResponseSchema)
  login(@ZodBody(LoginRequestSchema) body: LoginRequest) {
    return this.auth.login(body);
  }

  @Get('me')
  @ApiBearerAuth()
  @UseGuards(AuthGuard)
  @ApiOperation({ summary: 'Who the access token belongs to' })
  @ZodResponse(MeResponseSchema)
  me(@CurrentPrincipal() principal: Principal) {
    return this.auth.me(principal);
  }
}
