import 'reflect-metadata';
import { Injectable, Module, type INestMicroservice } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { jetstream, jetstreamManager, type JsMsg } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { Events, Headers, createEvent, type EventOf } from '@samtal/contracts';
import { startNats, waitFor, type NatsServer } from '@samtal/testing';
import { spawn } from 'node:child_process';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  Consumers,
  EventPublisher,
  JetStreamContext,
  JetStreamServer,
  JetStreamWorker,
  PermanentError,
  Streams,
  connectMessaging,
  type DeadLetter,
  type MessagingOptions,
  type WorkerSpec,
} from './index.js';

// The work path itself is under test here, so as the operator's user; each service's own user is tested end to end.
const options = (server: NatsServer): MessagingOptions => ({
  servers: server.url,
  auth: { kind: 'password', user: 'admin', password: server.passwords.admin },
  name: 'messaging-test',
  maxDeliver: 3,
  backoffMs: [100, 200],
  ackWaitMs: 1_000,
  maxAgeMs: 3_600_000,
  duplicateWindowMs: 60_000,
  replicas: 1,
  shutdownGraceMs: 20_000,
  jobDeadlineMs: 60_000,
});

/** What the test handlers do with each call id, and what they saw. */
@Injectable()
class Script {
  failuresLeft = new Map<string, number>();
  /** Times the handler finds storage busy (a transient error) before it succeeds. */
  busyLeft = new Map<string, number>();
  permanent = new Set<string>();
  attempts = new Map<string, number>();
  deadLetters: DeadLetter[] = [];
  /** Calls whose handler runs a long child process (`sleep`), and that process's pid once started. */
  longRunning = new Set<string>();
  childPids = new Map<string, number>();
  /** Calls whose first run holds the event loop longer than the ack wait (a long synchronous step), then works on. */
  stalling = new Set<string>();
  /** Handler runs under way per call, and the most seen at once. */
  running = new Map<string, number>();
  mostAtOnce = new Map<string, number>();
  /** Calls the speech-recognition lane takes 3 s over, and when each lane finished each call. */
  slowRecognition = new Set<string>();
  finished = new Map<string, { sidecar?: number; asr?: number }>();
  /** Calls whose first run (or every run) never ends and ignores its signal (a lost promise); whether a hung run's signal was aborted. */
  hanging = new Map<string, 'first' | 'every'>();
  hungRunAborted = new Map<string, boolean>();
}

/** Stands for a database that is busy (FerretDB's SQLITE_BUSY): a retry will meet it free. */
class StorageBusy extends Error {
  override readonly name = 'StorageBusy';
}

@JetStreamWorker()
class TestWorker {
  constructor(private readonly script: Script) {}

  @EventPattern(Consumers.transcriber.handlerPattern)
  async onReceived(@Payload() event: EventOf<typeof Events.callReceived>, @Ctx() context: unknown): Promise<void> {
    const ctx = context as JetStreamContext;
    const { script } = this;
    script.attempts.set(event.callId, (script.attempts.get(event.callId) ?? 0) + 1);
    const running = (script.running.get(event.callId) ?? 0) + 1;
    script.running.set(event.callId, running);
    script.mostAtOnce.set(event.callId, Math.max(running, script.mostAtOnce.get(event.callId) ?? 0));
    try {
      await this.work(event, ctx);
    } finally {
      script.running.set(event.callId, script.running.get(event.callId)! - 1);
      script.finished.set(event.callId, { ...script.finished.get(event.callId), sidecar: Date.now() });
    }
  }

  private async work(event: EventOf<typeof Events.callReceived>, ctx: JetStreamContext): Promise<void> {
    const { script } = this;
    const hangs = script.hanging.get(event.callId);
    if (hangs === 'every' || (hangs === 'first' && script.attempts.get(event.callId) === 1)) {
      ctx.signal.addEventListener('abort', () => script.hungRunAborted.set(event.callId, true));
      await new Promise(() => undefined);
    }
    if (script.stalling.has(event.callId) && script.attempts.get(event.callId) === 1) {
      // No heartbeat can fire while the loop is held, so the message comes back while this run goes on.
      for (const until = Date.now() + 2_500; Date.now() < until; );
      await new Promise((r) => setTimeout(r, 2_000));
    }
    if (script.longRunning.has(event.callId) && script.attempts.get(event.callId) === 1) {
      // A job with a child process, as whisper.cpp is for the transcriber; the context's signal stops it.
      const child = spawn('sleep', ['60'], { signal: ctx.signal, killSignal: 'SIGKILL', stdio: 'ignore' });
      child.on('error', () => undefined);
      script.childPids.set(event.callId, child.pid!);
      await new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error('sleep was stopped')))));
    }
    if (script.permanent.has(event.callId)) throw new PermanentError('unsupported recording');
    const busy = script.busyLeft.get(event.callId) ?? 0;
    if (busy > 0) {
      script.busyLeft.set(event.callId, busy - 1);
      throw new StorageBusy();
    }
    const left = script.failuresLeft.get(event.callId) ?? 0;
    if (left > 0) {
      script.failuresLeft.set(event.callId, left - 1);
      throw new Error('storage unavailable');
    }
  }

  @EventPattern(Consumers.speechRecognition.handlerPattern)
  async onReceivedForRecognition(@Payload() event: EventOf<typeof Events.callReceived>): Promise<void> {
    // (Earlier tests' calls wait in this lane too: only this test's call is slow.)
    if (this.script.slowRecognition.has(event.callId)) await new Promise((r) => setTimeout(r, 3_000));
    this.script.finished.set(event.callId, { ...this.script.finished.get(event.callId), asr: Date.now() });
  }

  @EventPattern('dlq.calls.received')
  async onDeadLetter(@Payload() letter: DeadLetter): Promise<void> {
    this.script.deadLetters.push(letter);
  }
}

@Module({ controllers: [TestWorker], providers: [Script] })
class TestModule {}

const received = (callId: string) =>
  createEvent(Events.callReceived, callId, {
    agentId: 'agent-1',
    language: 'sv',
    audio: { durationMs: 1000, channels: 1, sampleRate: 16000, codec: 'pcm_s16le', container: 'wav', fileId: 'f', filename: 'a.wav', sizeBytes: 32000 },
    channelMap: { left: 'agent', right: 'caller' },
    transcriptSource: 'asr',
  });

describe('JetStreamServer against a real nats-server', () => {
  let nats: NatsServer;
  let connection: NatsConnection;
  let app: INestMicroservice | undefined;
  let script: Script;
  let publisher: EventPublisher;

  beforeAll(async () => {
    nats = await startNats();
    connection = await connectMessaging(options(nats));
    publisher = new EventPublisher(jetstream(connection));
  });

  afterAll(async () => {
    await connection?.close();
    await nats?.stop();
  });

  /** A worker process with these consumers, listening: it becomes `app`, its script `script`. */
  async function startWorkers(messaging: MessagingOptions, workers: WorkerSpec[]): Promise<INestMicroservice> {
    const started = await NestFactory.createMicroservice(TestModule, {
      strategy: new JetStreamServer({ connection, messaging, workers, isTransient: (err) => err instanceof StorageBusy }),
      logger: false,
    });
    app = started;
    script = started.get(Script);
    await started.listen();
    return started;
  }

  /**
   * Runs `test` against workers with other messaging settings (the consumer's ack wait is declared again with them), then
   * declares the defaults again for the tests after it.
   */
  async function withSettings(changes: Partial<MessagingOptions>, concurrency: number, test: () => Promise<void>): Promise<void> {
    const messaging = { ...options(nats), ...changes };
    await connectMessaging(messaging).then((c) => c.close());
    try {
      await app?.close();
      await startWorkers(messaging, [
        { consumer: Consumers.transcriber, concurrency },
        { consumer: Consumers.failedTranscriptions, concurrency: 1 },
      ]);
      await test();
    } finally {
      await connectMessaging(options(nats)).then((c) => c.close());
    }
  }

  beforeEach(async () => {
    await startWorkers(options(nats), [
      { consumer: Consumers.transcriber, concurrency: 2 },
      { consumer: Consumers.failedTranscriptions, concurrency: 1 },
    ]);
  });

  afterEach(async () => {
    await app?.close();
  });

  it('declares its topology idempotently', async () => {
    await connectMessaging(options(nats)).then((c) => c.close()); // a second service starting
    const jsm = await jetstreamManager(connection);
    const names = [];
    for await (const s of jsm.streams.list()) names.push(s.config.name);
    expect(names).toEqual(expect.arrayContaining(Object.values(Streams).map((s) => s.name)));
    const consumer = await jsm.consumers.info(Streams.calls.name, Consumers.transcriber.durable);
    expect(consumer.config.max_deliver).toBe(3);
    expect(consumer.config.filter_subject).toBe('calls.received');
    const deadLetters = await jsm.consumers.info(Streams.deadLetters.name, Consumers.failedTranscriptions.durable);
    expect(deadLetters.config.max_deliver).toBe(-1);
  });

  it('acks a message once its handler succeeds', async () => {
    const event = received(crypto.randomUUID());
    await publisher.publish(event);
    await waitFor('the handler', async () => script.attempts.get(event.callId) === 1);
    const jsm = await jetstreamManager(connection);
    await waitFor('the ack', async () => (await jsm.consumers.info(Streams.calls.name, 'transcriber')).num_ack_pending === 0);
    expect(script.deadLetters).toHaveLength(0);
  });

  it('retries a failing handler with backoff until it succeeds', async () => {
    const event = received(crypto.randomUUID());
    script.failuresLeft.set(event.callId, 2);
    await publisher.publish(event);
    await waitFor('three attempts', async () => script.attempts.get(event.callId) === 3);
    await new Promise((r) => setTimeout(r, 500));
    expect(script.attempts.get(event.callId)).toBe(3);
    expect(script.deadLetters.filter((d) => d.callId === event.callId)).toHaveLength(0);
  });

  it('runs a handler again in place while storage is busy, spending no delivery: busier than every delivery allows, and still no dead letter', async () => {
    // An ack wait longer than the pauses (0.2 + 0.4 + 0.8 + 1.6 + 3.2 s), as in production (60 s): the
    // heartbeat keeps the message, so only the in-place runs can bring the handler back.
    await withSettings({ ackWaitMs: 20_000 }, 1, async () => {
      const event = received(crypto.randomUUID());
      script.busyLeft.set(event.callId, 5); // more than maxDeliver (3)
      await publisher.publish(event);
      await waitFor('the run after storage is free again', async () => script.attempts.get(event.callId) === 6, 15_000);
      const jsm = await jetstreamManager(connection);
      await waitFor('the ack', async () => (await jsm.consumers.info(Streams.calls.name, 'transcriber')).num_ack_pending === 0);
      expect((await jsm.consumers.info(Streams.calls.name, 'transcriber')).num_redelivered).toBe(0);
      await new Promise((r) => setTimeout(r, 500));
      expect(script.attempts.get(event.callId)).toBe(6);
      expect(script.deadLetters.filter((d) => d.callId === event.callId)).toHaveLength(0);
    });
  });

  it('runs a message redelivered while its first run goes on (the event loop held past the ack wait) only after that run, never beside it', async () => {
    const event = received(crypto.randomUUID());
    script.stalling.add(event.callId);
    await publisher.publish(event);
    const jsm = await jetstreamManager(connection);
    await waitFor('the redelivery', async () => (await jsm.consumers.info(Streams.calls.name, 'transcriber')).num_redelivered > 0 || script.attempts.get(event.callId)! > 1);
    await waitFor('both runs', async () => script.attempts.get(event.callId) === 2 && script.running.get(event.callId) === 0, 15_000);
    await waitFor('the ack', async () => (await jsm.consumers.info(Streams.calls.name, 'transcriber')).num_ack_pending === 0);
    expect(script.mostAtOnce.get(event.callId)).toBe(1);
  });

  it('gives up a run that never ends at its deadline: its signal aborts, the message is run again, and that run does not wait for the hung one', async () => {
    // An ack wait far longer than the deadline: only the deadline can bring the message back (the heartbeat keeps it).
    await withSettings({ ackWaitMs: 30_000, jobDeadlineMs: 1_500 }, 2, async () => {
      const event = received(crypto.randomUUID());
      script.hanging.set(event.callId, 'first');
      await publisher.publish(event);
      await waitFor('the second run', async () => script.attempts.get(event.callId) === 2, 15_000);
      const jsm = await jetstreamManager(connection);
      await waitFor('the ack', async () => (await jsm.consumers.info(Streams.calls.name, 'transcriber')).num_ack_pending === 0, 10_000);
      expect(script.hungRunAborted.get(event.callId)).toBe(true);
      expect(script.deadLetters.filter((d) => d.callId === event.callId)).toHaveLength(0);
    });
  });

  it('dead-letters a message whose every run is given up at its deadline, with the reason', async () => {
    await withSettings({ ackWaitMs: 30_000, jobDeadlineMs: 1_000 }, 3, async () => {
      const event = received(crypto.randomUUID());
      script.hanging.set(event.callId, 'every');
      await publisher.publish(event);
      const letter = await waitFor('the dead letter', async () => script.deadLetters.find((d) => d.callId === event.callId), 20_000);
      expect(letter.reason).toMatch(/no result within 1 s/);
      expect(letter.attempts).toBe(3);
    });
  });

  it("runs one call's messages in two lanes side by side: a lane's run does not wait for the other lane's long one", async () => {
    await app?.close();
    await startWorkers(options(nats), [
      { consumer: Consumers.transcriber, concurrency: 1 },
      { consumer: Consumers.speechRecognition, concurrency: 1 },
      { consumer: Consumers.failedTranscriptions, concurrency: 1 },
    ]);
    const event = received(crypto.randomUUID());
    script.slowRecognition.add(event.callId);
    await publisher.publish(event);
    const done = await waitFor('both lanes', async () => {
      const f = script.finished.get(event.callId);
      return f?.sidecar !== undefined && f.asr !== undefined ? f : undefined;
    }, 15_000);
    expect(done.sidecar!).toBeLessThan(done.asr!);
  });

  it('dead-letters a message that fails every delivery, with its reason and attempts', async () => {
    const event = received(crypto.randomUUID());
    script.failuresLeft.set(event.callId, 99);
    await publisher.publish(event);
    const letter = await waitFor('the dead letter', async () => script.deadLetters.find((d) => d.callId === event.callId));
    expect(script.attempts.get(event.callId)).toBe(3);
    expect(letter).toMatchObject({ subject: 'calls.received', attempts: 3, reason: 'Error: storage unavailable' });
    expect(JSON.parse(new TextDecoder().decode(letter.payload))).toEqual(event);
  });

  it('dead-letters at once what can never succeed: a permanent error or a payload that breaks the contract', async () => {
    const event = received(crypto.randomUUID());
    script.permanent.add(event.callId);
    await publisher.publish(event);
    const letter = await waitFor('the dead letter', async () => script.deadLetters.find((d) => d.callId === event.callId));
    expect(letter).toMatchObject({ attempts: 1, reason: 'PermanentError: unsupported recording' });

    const poisonCallId = crypto.randomUUID();
    const { headers } = await import('@nats-io/transport-node');
    const h = headers();
    h.set(Headers.callId, poisonCallId);
    await jetstream(connection).publish('calls.received', JSON.stringify({ hello: 'world' }), { headers: h });
    const poison = await waitFor('the poison dead letter', async () => script.deadLetters.find((d) => d.callId === poisonCallId));
    expect(poison.attempts).toBe(1);
    expect(poison.reason).toMatch(/ContractViolation: invalid event on calls.received/);
    expect(script.attempts.has(poisonCallId)).toBe(false);
  });

  it('on shutdown, stops fetching, stops a job still running after the grace period (its child killed) and naks it for redelivery at once', async () => {
    // A long ack wait, so only the nak can bring the message back quickly.
    await connectMessaging({ ...options(nats), ackWaitMs: 60_000 }).then((c) => c.close());
    try {
      await app?.close();
      const graceMs = 500;
      const worker = await startWorkers({ ...options(nats), ackWaitMs: 60_000, shutdownGraceMs: graceMs }, [{ consumer: Consumers.transcriber, concurrency: 1 }]);
      const event = received(crypto.randomUUID());
      script.longRunning.add(event.callId);
      await publisher.publish(event);
      const pid = await waitFor('the job to start its child process', async () => script.childPids.get(event.callId));

      const started = Date.now();
      await worker.close();
      const tookMs = Date.now() - started;
      app = undefined;
      expect(tookMs).toBeGreaterThanOrEqual(graceMs - 50);
      expect(tookMs).toBeLessThan(graceMs + 2_000);
      await waitFor('the child process to be gone', async () => {
        try {
          process.kill(pid, 0);
          return false;
        } catch {
          return true;
        }
      }, 2_000, 20);

      // A worker that starts now gets it at once (not after the 60 s ack wait), as a second delivery.
      const redeliveredAt = Date.now();
      app = await NestFactory.createMicroservice(TestModule, {
        strategy: new JetStreamServer({ connection, messaging: options(nats), workers: [{ consumer: Consumers.transcriber, concurrency: 1 }] }),
        logger: false,
      });
      const next = app.get(Script);
      next.attempts.set(event.callId, 1);
      await app.listen();
      await waitFor('the redelivery', async () => next.attempts.get(event.callId) === 2, 10_000);
      expect(Date.now() - redeliveredAt).toBeLessThan(10_000);
    } finally {
      await connectMessaging(options(nats)).then((c) => c.close());
    }
  });

  it('dead-letters a message whose worker dies on every delivery (max-deliveries advisory)', async () => {
    await app?.close(); // no worker on calls.received: a "crashing" consumer takes its place
    await startWorkers(options(nats), [{ consumer: Consumers.failedTranscriptions, concurrency: 1 }]);

    const event = received(crypto.randomUUID());
    await publisher.publish(event);
    const consumer = await jetstream(connection).consumers.get(Streams.calls.name, 'transcriber');
    let deliveries = 0;
    while (deliveries < 3) {
      const msg: JsMsg | null = await consumer.next({ expires: 3_000 });
      if (msg && msg.headers?.get(Headers.callId) === event.callId) deliveries++; // taken, never acked: the worker "crashed"
      else msg?.ack();
    }
    // Workers keep pulling; the server gives up on the message (and announces it) then.
    expect(await consumer.next({ expires: 2_500 })).toBeNull();
    const letter = await waitFor('the dead letter', async () => script.deadLetters.find((d) => d.callId === event.callId), 15_000);
    expect(letter.reason).toMatch(/no answer after 3 deliveries/);
    expect(JSON.parse(new TextDecoder().decode(letter.payload))).toEqual(event);
  });
});
