import { Logger } from '@nestjs/common';
import { BaseRpcContext, Server, type CustomTransportStrategy } from '@nestjs/microservices';
import {
  jetstream,
  jetstreamManager,
  type Consumer,
  type ConsumerMessages,
  type JetStreamClient,
  type JsMsg,
} from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import { ContractViolation, Headers, parseEvent, type Envelope } from '@samtal/contracts';
import { lastValueFrom } from 'rxjs';
import { runWithCallId } from './correlation.js';
import { publishDeadLetter, readDeadLetter, type DeadLetter } from './dead-letter.js';
import { PermanentError, describeError } from './errors.js';
import type { MessagingOptions } from './options.js';
import { Consumers, Streams, type ConsumerSpec } from './topology.js';

/** Handler context: the raw message plus its delivery bookkeeping. */
export class JetStreamContext extends BaseRpcContext<[JsMsg, AbortSignal]> {
  get message(): JsMsg {
    return this.args[0];
  }
  /** 1 on the first delivery. */
  get attempt(): number {
    return this.args[0].info.deliveryCount;
  }
  /**
   * Aborted when the worker shuts down and the grace period is over: stop at once (kill child
   * processes); the message is naked for immediate redelivery, whatever the handler throws then.
   */
  get signal(): AbortSignal {
    return this.args[1];
  }
}

export interface WorkerSpec {
  consumer: ConsumerSpec;
  /** Messages this process handles at once from this consumer. */
  concurrency: number;
  /** A handler that bounds its own runs (speech recognition's time limit grows with the audio): no `jobDeadlineMs`. */
  ownTimeLimit?: boolean;
}

/** A run given up at its deadline (see `MessagingOptions.jobDeadlineMs`). */
export class RunOverdue extends Error {
  override readonly name = 'RunOverdue';
  constructor(ms: number) {
    super(`no result within ${Math.round(ms / 1000)} s (the run was given up)`);
  }
}

export interface JetStreamServerOptions {
  connection: NatsConnection;
  messaging: MessagingOptions;
  workers: WorkerSpec[];
  /**
   * Errors that mean "busy, try again" (storage locked or electing, not a bug). A handler that
   * throws one is run again in place, with growing pauses and the message kept alive, for up to
   * `transientRetryMs` (default 10 min): a burst that keeps the database busy spends none of the
   * message's deliveries, so it cannot end a call as failed.
   */
  isTransient?: (err: unknown) => boolean;
  transientRetryMs?: number;
}

const PULL_EXPIRES_MS = 5_000;
const RETRY_PULL_AFTER_MS = 1_000;
/** After the grace period, how long stopped handlers get to unwind before their messages are naked anyway. */
const UNWIND_MS = 3_000;
const TRANSIENT_RETRY_MS = 10 * 60_000;
/** Pauses between in-place runs after a transient error: doubling from the first, at most the last. */
const TRANSIENT_PAUSE_MS = [200, 5_000] as const;

/**
 * A NestJS transport that feeds `@EventPattern(subject)` handlers from durable JetStream
 * pull consumers. Each message is acked only after its handler finishes; a failure is
 * retried with backoff, and once its deliveries are spent (or it can never succeed) it is
 * moved to the dead-letter stream with its reason. Work is shared between all processes
 * that run the same durable consumer.
 */
export class JetStreamServer extends Server implements CustomTransportStrategy {
  // Handler errors must reach us: they decide between retry and dead letter.
  override readonly propagatesEventHandlerErrors = true;
  private readonly log = new Logger('JetStreamServer');
  private readonly js: JetStreamClient;
  private readonly inFlight = new Set<Promise<void>>();
  /** The running jobs' messages and their abort controllers, for the end of a shutdown's grace period. */
  private readonly running = new Map<JsMsg, AbortController>();
  private readonly openPulls = new Set<ConsumerMessages>();
  /**
   * Per consumer and call, the end of the jobs this process has begun for it. A message comes back
   * while its first run still goes on when the event loop was held past the ack wait (no heartbeat
   * could fire); the second run waits for the first, so two runs never write one call's files at
   * once. (Per consumer: another lane's quick look at the same call must not wait for a long
   * recognition.)
   */
  private readonly callQueues = new Map<string, Promise<void>>();
  /** Per durable consumer, the deadline of one run of its handler (none for workers with a time limit of their own). */
  private readonly deadlines = new Map<string, number>();
  private stopping = false;

  constructor(private readonly options: JetStreamServerOptions) {
    super();
    this.js = jetstream(options.connection);
  }

  async listen(callback: (err?: unknown) => void): Promise<void> {
    try {
      for (const { consumer } of this.options.workers) {
        if (!this.getHandlerByPattern(handlerPattern(consumer))) {
          throw new Error(`no @EventPattern('${handlerPattern(consumer)}') handler for consumer ${consumer.durable}`);
        }
      }
      for (const worker of this.options.workers) {
        if (!worker.ownTimeLimit) this.deadlines.set(worker.consumer.durable, this.options.messaging.jobDeadlineMs);
        const consumer = await this.js.consumers.get(worker.consumer.stream.name, worker.consumer.durable);
        for (let i = 0; i < worker.concurrency; i++) void this.pullLoop(worker.consumer, consumer);
      }
      // Every worker service also routes max-deliveries advisories; the durable shares them out.
      const router = await this.js.consumers.get(Streams.advisories.name, Consumers.deadLetterRouter.durable);
      void this.pullLoop(Consumers.deadLetterRouter, router);
      callback();
    } catch (err) {
      callback(err);
    }
  }

  /**
   * Graceful stop (SIGTERM): stops fetching (open pull requests are withdrawn) and lets the jobs in
   * hand finish within the grace period (`shutdownGraceMs`). Then it aborts them (their handlers
   * kill their child processes) and naks their messages, so another worker gets them at once
   * rather than after the ack wait.
   */
  async close(): Promise<void> {
    this.stopping = true;
    for (const pull of this.openPulls) pull.stop();
    const finished = Promise.allSettled([...this.inFlight]);
    if (await settlesWithin(finished, this.options.messaging.shutdownGraceMs)) return;
    this.log.warn(`grace period over: stopping ${this.running.size} running job(s); their messages go back for redelivery`);
    for (const controller of this.running.values()) controller.abort();
    if (await settlesWithin(Promise.allSettled([...this.inFlight]), UNWIND_MS)) return;
    // A handler that ignores its signal: give its message back anyway (it may run twice; every step is idempotent).
    for (const msg of this.running.keys()) msg.nak();
  }

  on(): never {
    throw new Error('JetStreamServer does not emit transport events');
  }

  unwrap<T>(): T {
    return this.options.connection as T;
  }

  /**
   * One message at a time per loop: a worker asks for the next message only when it is free,
   * so nothing waits in a local buffer while its ack timer runs.
   */
  private async pullLoop(spec: ConsumerSpec, consumer: Consumer): Promise<void> {
    while (!this.stopping) {
      let pull: ConsumerMessages;
      try {
        pull = await consumer.fetch({ max_messages: 1, expires: PULL_EXPIRES_MS });
      } catch (err) {
        if (this.stopping) return;
        this.log.warn(`pull from ${spec.durable} failed, retrying: ${describeError(err)}`);
        await sleep(RETRY_PULL_AFTER_MS);
        continue;
      }
      this.openPulls.add(pull);
      try {
        for await (const msg of pull) {
          const work = this.process(spec, msg);
          this.inFlight.add(work);
          await work.finally(() => this.inFlight.delete(work));
        }
      } catch (err) {
        if (!this.stopping) {
          this.log.warn(`pull from ${spec.durable} broke off, retrying: ${describeError(err)}`);
          await sleep(RETRY_PULL_AFTER_MS);
        }
      } finally {
        this.openPulls.delete(pull);
      }
    }
  }

  private async process(spec: ConsumerSpec, msg: JsMsg): Promise<void> {
    if (spec === Consumers.deadLetterRouter) return this.routeAdvisory(msg);
    // The call id travels in a header, so logs carry it even when the payload is unreadable.
    const callId = msg.headers?.get(Headers.callId) || 'unknown';
    await runWithCallId(callId, () => this.handle(spec, msg, callId));
  }

  private async handle(spec: ConsumerSpec, msg: JsMsg, callId: string): Promise<void> {
    const heartbeat = setInterval(() => msg.working(), Math.max(1_000, this.options.messaging.ackWaitMs / 3));
    const controller = new AbortController();
    this.running.set(msg, controller);
    try {
      const input = this.decode(spec, msg);
      await this.afterEarlierRuns(`${spec.durable}:${callId}`, () => this.invokeThroughBusy(spec, input, msg, controller));
      await msg.ackAck();
    } catch (err) {
      if (controller.signal.aborted && !(controller.signal.reason instanceof RunOverdue)) {
        // Stopped by a shutdown, not failed: no attempt is spent on it, and another worker gets it now.
        this.log.warn(`${msg.subject} stopped by shutdown; naked for redelivery`);
        msg.nak();
      } else {
        await this.fail(spec, msg, err);
      }
    } finally {
      clearInterval(heartbeat);
      this.running.delete(msg);
    }
  }

  /** Runs `job` once the jobs begun before it under the same key have ended (the heartbeat keeps its message meanwhile). */
  private async afterEarlierRuns(key: string, job: () => Promise<void>): Promise<void> {
    const run = (this.callQueues.get(key) ?? Promise.resolve()).then(job);
    const end = run.catch(() => undefined);
    this.callQueues.set(key, end);
    try {
      await run;
    } finally {
      if (this.callQueues.get(key) === end) this.callQueues.delete(key);
    }
  }

  /** Events are validated against their contract; dead letters are passed on as they are. */
  private decode(spec: ConsumerSpec, msg: JsMsg): Envelope | DeadLetter {
    if (spec.stream === Streams.deadLetters) return readDeadLetter(msg.subject, msg.data, msg.headers);
    let payload: unknown;
    try {
      payload = msg.json();
    } catch {
      throw new ContractViolation(`event on ${msg.subject}`, ['payload is not JSON']);
    }
    return parseEvent(msg.subject, payload);
  }

  /** `invoke`, run again in place while it fails with a transient error (see `isTransient`), each run within its deadline. */
  private async invokeThroughBusy(spec: ConsumerSpec, input: Envelope | DeadLetter, msg: JsMsg, controller: AbortController): Promise<void> {
    const { signal } = controller;
    const until = Date.now() + (this.options.transientRetryMs ?? TRANSIENT_RETRY_MS);
    for (let pause: number = TRANSIENT_PAUSE_MS[0]; ; pause = Math.min(pause * 2, TRANSIENT_PAUSE_MS[1])) {
      try {
        return await withinDeadline(this.invoke(spec, input, msg, signal), this.deadlines.get(spec.durable), controller);
      } catch (err) {
        if (signal.aborted || !this.options.isTransient?.(err) || Date.now() + pause > until) throw err;
        this.log.warn(`${msg.subject}: ${describeError(err)}; running it again in ${pause} ms (no delivery spent)`);
        await new Promise<void>((resume) => {
          const timer = setTimeout(resume, pause);
          signal.addEventListener('abort', () => (clearTimeout(timer), resume()), { once: true });
        });
        if (signal.aborted) throw err;
      }
    }
  }

  private async invoke(spec: ConsumerSpec, input: Envelope | DeadLetter, msg: JsMsg, signal: AbortSignal): Promise<void> {
    const handler = this.getHandlerByPattern(handlerPattern(spec));
    if (!handler) throw new PermanentError(`no handler for ${handlerPattern(spec)}`);
    const result = await handler(input, new JetStreamContext([msg, signal]));
    await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
  }

  private async fail(spec: ConsumerSpec, msg: JsMsg, err: unknown): Promise<void> {
    const attempt = msg.info.deliveryCount;
    const reason = describeError(err);
    const permanent = err instanceof PermanentError || err instanceof ContractViolation;
    const deadLettersAreOurs = spec.stream === Streams.deadLetters;
    if (!deadLettersAreOurs && (permanent || attempt >= this.options.messaging.maxDeliver)) {
      this.log.error(`dead-lettering ${msg.subject} after ${attempt} attempt(s): ${reason}`);
      try {
        await publishDeadLetter(
          this.js,
          { subject: msg.subject, data: msg.data, headers: msg.headers, stream: msg.info.stream, seq: msg.seq },
          reason,
          attempt,
        );
        msg.term(reason);
      } catch (publishErr) {
        // The dead-letter stream is unreachable: keep the message rather than lose it.
        this.log.error(`could not dead-letter ${msg.subject}: ${describeError(publishErr)}`);
        msg.nak(this.backoff(attempt));
      }
      return;
    }
    this.log.warn(`${msg.subject} attempt ${attempt} failed, will retry: ${reason}`);
    msg.nak(this.backoff(attempt));
  }

  private backoff(attempt: number): number {
    const steps = this.options.messaging.backoffMs;
    return steps[Math.min(attempt - 1, steps.length - 1)] ?? 1_000;
  }

  /**
   * JetStream gave up redelivering a message (every delivery timed out: the worker crashed
   * or hung). Copy it from its stream into the dead-letter stream, so it is not lost.
   */
  private async routeAdvisory(msg: JsMsg): Promise<void> {
    try {
      const advisory = msg.json<{ stream: string; consumer: string; stream_seq: number; deliveries: number }>();
      const ours = Object.values(Streams).some((s) => s.name === advisory.stream && s !== Streams.deadLetters);
      if (ours) {
        const jsm = await jetstreamManager(this.options.connection);
        const original = await jsm.streams.getMessage(advisory.stream, { seq: advisory.stream_seq });
        if (original) {
          this.log.error(`dead-lettering ${original.subject}: consumer ${advisory.consumer} ran out of deliveries`);
          await publishDeadLetter(
            this.js,
            { subject: original.subject, data: original.data, headers: original.header, stream: advisory.stream, seq: original.seq },
            `no answer after ${advisory.deliveries} deliveries (the worker crashed or timed out)`,
            advisory.deliveries,
          );
        }
      }
      await msg.ackAck();
    } catch (err) {
      this.log.warn(`max-deliveries advisory not routed yet: ${describeError(err)}`);
      msg.nak(this.backoff(msg.info.deliveryCount));
    }
  }
}

function handlerPattern(spec: ConsumerSpec): string {
  return spec.handlerPattern ?? spec.filterSubject;
}

/**
 * The run, or RunOverdue once `ms` have passed: then its signal aborts (the handler kills its child processes) and the
 * caller goes on without it (a run that ignores its signal is left behind; every step is idempotent).
 */
async function withinDeadline(run: Promise<void>, ms: number | undefined, controller: AbortController): Promise<void> {
  if (ms === undefined) return run;
  let timer: NodeJS.Timeout | undefined;
  const overdue = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const err = new RunOverdue(ms);
      controller.abort(err);
      reject(err);
    }, ms);
  });
  try {
    return await Promise.race([run, overdue]);
  } finally {
    clearTimeout(timer);
  }
}

/** Whether the promise settles within `ms`. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
