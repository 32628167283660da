import { connect, nkeys } from '@nats-io/transport-node';
import { findProgram, freePort, launch, portOpen, waitFor, type ManagedProcess } from '@samtal/testing';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboxPrefixOf, natsConnectionOptions } from './index.js';

const execFileAsync = promisify(execFile);

/** NATS_CREDS with an nkey seed file, against a nats-server whose user is that nkey (what an operator may prefer to passwords). */
describe('NATS credentials from a file', () => {
  let dir: string;
  let server: ManagedProcess;
  let url: string;
  let seedFile: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'samtal-nkey-'));
    const user = nkeys.createUser();
    seedFile = join(dir, 'ingest.nk');
    await writeFile(seedFile, `${new TextDecoder().decode(user.getSeed())}\n`, { mode: 0o600 });
    const port = await freePort();
    url = `nats://127.0.0.1:${port}`;
    const config = join(dir, 'nats.conf');
    await writeFile(
      config,
      `listen: 127.0.0.1:${port}\nauthorization { users = [ { nkey: ${user.getPublicKey()}, permissions: { publish: ["calls.received"], subscribe: ["_INBOX.ingest.>"] } } ] }\n`,
    );
    server = launch(findProgram('nats-server', [process.env['NATS_SERVER_BIN'], '/usr/sbin/nats-server']), ['-c', config]);
    await waitFor('nats-server', () => portOpen(port));
  });

  afterAll(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('connects as the nkey user with its own inbox branch; without the seed the server refuses', async () => {
    const options = natsConnectionOptions({ servers: url, name: 'ingest', auth: { kind: 'creds', file: seedFile } });
    expect(options.inboxPrefix).toBe(inboxPrefixOf('ingest'));
    const nc = await connect(options);
    expect(await nc.rtt()).toBeGreaterThanOrEqual(0);
    await nc.close();
    await expect(connect({ servers: url, maxReconnectAttempts: 0 })).rejects.toThrow(/authorization/i);
  });
});

/** NATS_TLS_CA / NATS_TLS_CERT / NATS_TLS_KEY: TLS with a private CA, the server verifying the client's certificate. */
describe('NATS over TLS', () => {
  let dir: string;
  let server: ManagedProcess;
  let url: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'samtal-tls-'));
    const openssl = (...args: string[]) => execFileAsync('openssl', args, { cwd: dir });
    await openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=samtal test CA', '-keyout', 'ca-key.pem', '-out', 'ca.pem');
    for (const [name, cn, ext] of [
      ['server', '127.0.0.1', 'subjectAltName=IP:127.0.0.1,DNS:localhost'],
      ['client', 'ingest', 'extendedKeyUsage=clientAuth'],
    ]) {
      await openssl('req', '-newkey', 'rsa:2048', '-nodes', '-subj', `/CN=${cn}`, '-keyout', `${name}-key.pem`, '-out', `${name}.csr`);
      await writeFile(join(dir, `${name}.ext`), `${ext}\n`);
      await openssl('x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.pem', '-CAkey', 'ca-key.pem', '-CAcreateserial', '-days', '1', '-extfile', `${name}.ext`, '-out', `${name}.pem`);
    }
    const port = await freePort();
    url = `tls://127.0.0.1:${port}`;
    const config = join(dir, 'nats.conf');
    await writeFile(config, `listen: 127.0.0.1:${port}\ntls { cert_file: "${dir}/server.pem", key_file: "${dir}/server-key.pem", ca_file: "${dir}/ca.pem", verify: true }\n`);
    server = launch(findProgram('nats-server', [process.env['NATS_SERVER_BIN'], '/usr/sbin/nats-server']), ['-c', config]);
    await waitFor('nats-server', () => portOpen(port));
  });

  afterAll(async () => {
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('connects with the CA and a client certificate; without the client certificate the server refuses', async () => {
    const nc = await connect(
      natsConnectionOptions({ servers: url, name: 'ingest', tls: { caFile: join(dir, 'ca.pem'), certFile: join(dir, 'client.pem'), keyFile: join(dir, 'client-key.pem') } }),
    );
    expect(await nc.rtt()).toBeGreaterThanOrEqual(0);
    await nc.close();
    await expect(connect({ ...natsConnectionOptions({ servers: url, name: 'ingest', tls: { caFile: join(dir, 'ca.pem') } }), maxReconnectAttempts: 0, timeout: 3_000 })).rejects.toThrow();
  });
});
