import { credsAuthenticator, nkeyAuthenticator, type ConnectionOptions } from '@nats-io/transport-node';
import { readFileSync } from 'node:fs';
import type { MessagingOptions, NatsAuth } from './options.js';

/**
 * Where replies to this service's requests arrive (JetStream API answers, publish acks, pulled
 * messages). Each service has its own branch of `_INBOX`, so its NATS user may subscribe to
 * `_INBOX.<name>.>` only and can read no other service's replies.
 */
export const inboxPrefixOf = (name: string): string => `_INBOX.${name}`;

function authenticatorFor(auth: NatsAuth): Pick<ConnectionOptions, 'user' | 'pass' | 'authenticator'> {
  if (auth.kind === 'password') return { user: auth.user, pass: auth.password };
  const content = readFileSync(auth.file);
  // A `.creds` file has a JWT section; a bare seed file (`SU…`) is an nkey user.
  if (content.includes('BEGIN NATS USER JWT')) return { authenticator: credsAuthenticator(content) };
  return { authenticator: nkeyAuthenticator(new TextEncoder().encode(content.toString('utf8').trim())) };
}

/** The options every NATS connection of a service uses (JetStream and core subscriptions alike). */
export function natsConnectionOptions(options: Pick<MessagingOptions, 'servers' | 'name' | 'auth' | 'tls'>, name = options.name): ConnectionOptions {
  return {
    servers: options.servers.split(',').map((s) => s.trim()),
    name,
    inboxPrefix: inboxPrefixOf(options.name),
    ...(options.auth ? authenticatorFor(options.auth) : {}),
    ...(options.tls ? { tls: { ...options.tls } } : {}),
  };
}
