import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ProcessFailed, run } from './run.js';

/** Running, that is: neither gone nor a zombie waiting to be reaped. */
function running(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

describe('run', () => {
  it('passes arguments as they are, never through a shell', async () => {
    const { stdout } = await run('printf', ['%s|', 'a b', "it's", '$(touch /tmp/x); echo']);
    expect(stdout.toString()).toBe("a b|it's|$(touch /tmp/x); echo|");
  });

  it('reports a failing program with its exit code and the tail of its stderr', async () => {
    const failure = await run('sh', ['-c', 'echo broken >&2; exit 3']).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ProcessFailed);
    expect(failure).toMatchObject({ code: 3, stderr: 'broken\n' });
  });

  it.runIf(process.platform === 'linux')('takes the program down when the worker running it is killed with SIGKILL', async () => {
    // A worker (its own Node process) runs `sleep`, which never writes and so never meets a broken pipe.
    const runModule = fileURLToPath(new URL('./run.ts', import.meta.url));
    const worker = spawn(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', `import { run } from ${JSON.stringify(runModule)}; void run('sleep', ['60']);`],
      { stdio: 'ignore' },
    );
    let sleepPid: number | undefined;
    for (let i = 0; i < 100 && !sleepPid; i++) {
      await new Promise((r) => setTimeout(r, 100));
      const { stdout } = await promisify(execFile)('ps', ['--ppid', String(worker.pid), '-o', 'pid=,comm=']).catch(() => ({ stdout: '' }));
      sleepPid = Number(/(\d+)\s+sleep/.exec(stdout)?.[1]) || undefined;
    }
    expect(sleepPid, 'the worker started sleep').toBeDefined();
    worker.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
    expect(running(sleepPid!)).toBe(false);
  });
});
