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

export interface RunOptions {
  /** Kills the program (SIGKILL) after this long; it then fails with `timedOut` set. */
  timeoutMs?: number;
  /** Kills the program (SIGKILL) when aborted (a worker shutting down); it then fails with `aborted` set. */
  signal?: AbortSignal;
  /** Every line the program writes to stderr, as it comes (progress output). */
  onStderrLine?: (line: string) => void;
}

/**
 * Runs a program with an argument array (never a shell), so file names with spaces,
 * quotes or `;` are passed as they are and cannot run anything.
 */
export function run(program: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new ProcessFailed(program, null, null, '', { aborted: true }));
      return;
    }
    const [command, commandArgs] = SETPRIV ? [SETPRIV, ['--pdeathsig', 'KILL', '--', program, ...args]] : [program, args];
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    let partial = '';
    let timedOut = false;
    let aborted = false;
    const timer = options.timeoutMs === undefined ? undefined : setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    const onAbort = () => {
      aborted = true;
      child.kill('SIGKILL');
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      const text = chunk.toString();
      // Keep the tail only: ffmpeg can be chatty on long inputs.
      stderr = (stderr + text).slice(-8_000);
      if (options.onStderrLine) {
        const lines = (partial + text).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) options.onStderrLine(line);
      }
    });
    const settle = () => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
    };
    child.on('error', (err) => {
      settle();
      reject(err);
    });
    child.on('close', (code, signal) => {
      settle();
      if (code === 0 && !timedOut && !aborted) resolve({ stdout: Buffer.concat(out), stderr });
      else reject(new ProcessFailed(program, code, signal, stderr, { timedOut, aborted }));
    });
  });
}

export class ProcessFailed extends Error {
  /** Killed because it ran past its time limit. */
  readonly timedOut: boolean;
  /** Killed because its caller gave up (an abort signal). */
  readonly aborted: boolean;

  constructor(
    readonly program: string,
    readonly code: number | null,
    readonly signal: NodeJS.Signals | null,
    readonly stderr: string,
    why: { timedOut?: boolean; aborted?: boolean } = {},
  ) {
    super(`${program} ${why.timedOut ? 'ran past its time limit' : why.aborted ? 'was stopped' : signal ? `killed by ${signal}` : `exited with ${code}`}`);
    this.name = 'ProcessFailed';
    this.timedOut = why.timedOut ?? false;
    this.aborted = why.aborted ?? false;
  }
}
