import { childProcesses, isRunning } from '@samtal/testing';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ProcessFailed, run } from './run.js';

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

  it('kills a program that runs past its time limit and says so', async () => {
    const started = Date.now();
    const failure = await run('sleep', ['30'], { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ProcessFailed);
    expect(failure).toMatchObject({ timedOut: true, aborted: false });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('kills a program when its caller aborts, and hands over stderr line by line', async () => {
    const controller = new AbortController();
    const lines: string[] = [];
    const running = run('sh', ['-c', 'echo "progress = 5%" >&2; echo "progress = 10%" >&2; exec sleep 30'], {
      signal: controller.signal,
      onStderrLine: (line) => {
        lines.push(line);
        if (lines.length === 2) controller.abort();
      },
    });
    const failure = await running.catch((e: unknown) => e);
    expect(failure).toMatchObject({ aborted: true, timedOut: false });
    expect(lines).toEqual(['progress = 5%', 'progress = 10%']);
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
      sleepPid = (await childProcesses(worker.pid!)).find((c) => c.command === 'sleep')?.pid;
    }
    expect(sleepPid, 'the worker started sleep').toBeDefined();
    worker.kill('SIGKILL');
    await new Promise((r) => setTimeout(r, 500));
    expect(isRunning(sleepPid!)).toBe(false);
  });
});
