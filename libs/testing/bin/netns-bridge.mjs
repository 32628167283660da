// Runs inside a private network namespace (`unshare -rn`, started by libs/testing's
// launchInNetns): brings up its loopback, bridges chosen loopback ports to the host through
// Unix sockets in a shared directory (the file system is not namespaced), then runs the
// program. The program sees 127.0.0.1:<port> for NATS and MongoDB as on the host, and the
// host reaches the program's own port the same way back; nothing listens off loopback.
//
//   node netns-bridge.mjs <socket-dir> <out-ports,…> <in-ports,…> -- <program> [args…]
//
// out: 127.0.0.1:P here -> <dir>/out-P.sock (the host pipes it to its 127.0.0.1:P).
// in:  <dir>/in-P.sock  -> 127.0.0.1:P here (the host listens on its 127.0.0.1:P).
import { execFileSync, spawn } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import { join } from 'node:path';

const [dir, outArg, inArg, sep, program, ...args] = process.argv.slice(2);
if (!dir || sep !== '--' || !program) {
  process.stderr.write('usage: netns-bridge.mjs <socket-dir> <out-ports> <in-ports> -- <program> [args…]\n');
  process.exit(2);
}
const ports = (s) => (s ? s.split(',').filter(Boolean).map(Number) : []);

execFileSync('ip', ['link', 'set', 'lo', 'up']);

const pipe = (from, connectTo) => {
  const to = createConnection(connectTo);
  from.pipe(to).pipe(from);
  from.on('error', () => to.destroy());
  to.on('error', () => from.destroy());
};
const listening = [];
for (const port of ports(outArg)) {
  const server = createServer((socket) => pipe(socket, { path: join(dir, `out-${port}.sock`) }));
  listening.push(new Promise((ok) => server.listen(port, '127.0.0.1', ok)));
}
for (const port of ports(inArg)) {
  const server = createServer((socket) => pipe(socket, { port, host: '127.0.0.1' }));
  listening.push(new Promise((ok) => server.listen(join(dir, `in-${port}.sock`), ok)));
}
await Promise.all(listening);

// The program dies with this bridge, even when the bridge is SIGKILLed (as a crashed host would).
const child = spawn('setpriv', ['--pdeathsig', 'KILL', '--', program, ...args], { stdio: 'inherit' });
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
