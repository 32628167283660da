import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, launch, type ManagedProcess } from './processes.js';

/**
 * Whether this machine lets an unprivileged process have its own network namespace
 * (`unshare -rn`: a user namespace mapping the caller to root, and a network namespace with
 * only its own loopback) and bring its loopback up. Root is not needed.
 */
export function netnsAvailable(): boolean {
  const probe = spawnSync('unshare', ['-rn', 'ip', 'link', 'set', 'lo', 'up'], { stdio: 'ignore' });
  return probe.status === 0;
}

export interface NetnsOptions {
  /** Host loopback ports the program reaches at the same 127.0.0.1 port in its namespace (NATS, MongoDB). */
  reach: number[];
  /** Ports the program listens on in its namespace that the host reaches at the same 127.0.0.1 port (its HTTP). */
  expose: number[];
}

/**
 * Starts a program as if on a host of its own: in a private network namespace whose only
 * way out is the ports named, bridged over Unix sockets (libs/testing/bin/netns-bridge.mjs).
 * Nothing listens beyond loopback, on either side, and no root is needed. Killing the
 * returned process (even by SIGKILL) takes the program with it.
 */
export async function launchInNetns(program: string, args: string[], env: NodeJS.ProcessEnv, options: NetnsOptions): Promise<ManagedProcess> {
  const dir = await mkdtemp(join(tmpdir(), 'samtal-netns-'));
  const servers: Server[] = [];
  const sockets = new Set<Socket>();
  const pipe = (from: Socket, to: Socket) => {
    sockets.add(from).add(to);
    from.pipe(to).pipe(from);
    const close = () => (from.destroy(), to.destroy(), sockets.delete(from), sockets.delete(to));
    from.on('error', close).on('close', close);
    to.on('error', close).on('close', close);
  };
  const listen = (server: Server, where: string | number) =>
    new Promise<void>((ok, fail) => {
      server.once('error', fail);
      if (typeof where === 'number') server.listen(where, '127.0.0.1', ok);
      else server.listen(where, ok);
    });
  for (const port of options.reach) {
    const server = createServer((socket) => pipe(socket, createConnection({ port, host: '127.0.0.1' })));
    servers.push(server);
    await listen(server, join(dir, `out-${port}.sock`));
  }
  for (const port of options.expose) {
    const server = createServer((socket) => pipe(socket, createConnection({ path: join(dir, `in-${port}.sock`) })));
    servers.push(server);
    await listen(server, port);
  }
  const bridge = join(REPO_ROOT, 'libs/testing/bin/netns-bridge.mjs');
  const proc = launch('unshare', ['-rn', process.execPath, bridge, dir, options.reach.join(','), options.expose.join(','), '--', program, ...args], env);
  proc.child.once('exit', () => {
    for (const socket of sockets) socket.destroy();
    for (const server of servers) server.close();
    void rm(dir, { recursive: true, force: true });
  });
  return proc;
}
