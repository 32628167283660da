import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

export interface RunResult {
  stdout: Buffer;
  stderr: string;
}

/** Whether a file exists and this process may execute it. */
export function isExecutable(path: string | null | undefined): path is string {
  if (!path) return false;
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * On Linux, util-linux's `setpriv --pdeathsig KILL` has the kernel kill the program when
 * this process dies, even by SIGKILL: a crashed worker leaves no whisper.cpp or ffmpeg
 * running on. setpriv execs the program (same pid), so timeouts and signals reach it.
 */
const SETPRIV = process.platform === 'linux' ? ['/usr/bin/setpriv', '/bin/setpriv'].find(isExecutable) : undefined;

/**
 * Runs a program with an argument array (never a shell), so file names with spaces,
 * quotes or `;` are passed as they are and cannot run anything.
 */
export function run(program: string, args: string[], options: { timeoutMs?: number } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const [command, commandArgs] = SETPRIV ? [SETPRIV, ['--pdeathsig', 'KILL', '--', program, ...args]] : [program, args];
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'], timeout: options.timeoutMs });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      // Keep the tail only: ffmpeg can be chatty on long inputs.
      stderr = (stderr + chunk.toString()).slice(-8_000);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve({ stdout: Buffer.concat(out), stderr });
      else reject(new ProcessFailed(program, code, signal, stderr));
    });
  });
}

export class ProcessFailed extends Error {
  constructor(
    readonly program: string,
    readonly code: number | null,
    readonly signal: NodeJS.Signals | null,
    readonly stderr: string,
  ) {
    super(`${program} ${signal ? `killed by ${signal}` : `exited with ${code}`}`);
    this.name = 'ProcessFailed';
  }
}
