import { Injectable } from '@nestjs/common';
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const PARAMS = { N: 16_384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

function derive(password: string, salt: Buffer, params: ScryptOptions): Promise<Buffer> {
  return new Promise((ok, fail) => scrypt(password, salt, KEY_LENGTH, params, (err, key) => (err ? fail(err) : ok(key))));
}

/** scrypt (memory-hard, in Node's standard library), with its parameters stored beside the hash. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * Password checks that take the same time whether or not the user exists: without a stored hash
 * (an unknown or disabled user) the password is checked against a dummy hash made with the same
 * parameters, and the answer is no.
 */
@Injectable()
export class PasswordCheck {
  /** Made once at start-up with the same parameters, so the first unknown user costs no more than the next. */
  private readonly dummy = hashPassword(randomBytes(24).toString('base64'));
  /** How many checks ran against the dummy hash (tests read it). */
  dummyChecks = 0;

  async check(password: string, storedHash: string | undefined): Promise<boolean> {
    if (storedHash !== undefined) return verifyPassword(password, storedHash);
    const dummy = await this.dummy;
    this.dummyChecks++;
    await verifyPassword(password, dummy);
    return false;
  }
}
