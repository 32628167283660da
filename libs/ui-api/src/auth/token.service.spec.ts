import { UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { describe, expect, it } from 'vitest';
import { TokenService } from './token.service.js';

const secret = 'a-test-secret-that-is-long-enough-0123';
const tokens = new TokenService(new JwtService({ secret, signOptions: { expiresIn: 3600 } }));

describe('access tokens', () => {
  it('accepts a valid token and returns its principal', async () => {
    const token = await tokens.sign({ sub: 'agent-1', role: 'agent', team: 'team-a' });
    const claims = await tokens.verify(token);
    expect(claims).toEqual({ sub: 'agent-1', role: 'agent', team: 'team-a', exp: expect.any(Number) });
    expect(claims.exp * 1000).toBeGreaterThan(Date.now() + 3500_000);
  });

  it.each([
    ['no token', async () => undefined],
    ['an empty token', async () => ''],
    ['garbage', async () => 'not.a.jwt'],
    ['a token signed with another secret', () => new JwtService({ secret: 'another-secret-that-is-long-enough-99' }).signAsync({ sub: 'a', role: 'agent' })],
    ['an expired token', () => new JwtService({ secret }).signAsync({ sub: 'a', role: 'agent' }, { expiresIn: -10 })],
    ['a token with an unknown role', () => new JwtService({ secret }).signAsync({ sub: 'a', role: 'admin' }, { expiresIn: 60 })],
    ['a token without a subject', () => new JwtService({ secret }).signAsync({ role: 'ops' }, { expiresIn: 60 })],
    ['a token without an expiry', () => new JwtService({ secret }).signAsync({ sub: 'a', role: 'agent' })],
    ['an unsigned token (alg none)', async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: 'a', role: 'ops' })}.`],
  ])('rejects %s with 401', async (_name, make) => {
    await expect(tokens.verify(await make())).rejects.toBeInstanceOf(UnauthorizedException);
  });

  it('rejects a token whose payload was changed after signing (role escalation)', async () => {
    const [header, , signature] = (await tokens.sign({ sub: 'agent-1', role: 'agent' })).split('.');
    const forged = `${header}.${b64({ sub: 'agent-1', role: 'supervisor' })}.${signature}`;
    await expect(tokens.verify(forged)).rejects.toBeInstanceOf(UnauthorizedException);
  });
});

function b64(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
