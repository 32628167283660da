import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CallQueue, CallQueueModule } from '@samtal/calls';
import { PlatformModule, checkNatsCredentials, mongoEnvSchema, natsEnvSchema } from '@samtal/platform';
import { AuditLog } from '@samtal/store';
import { Command } from 'commander';
import { hostname, userInfo } from 'node:os';

@Module({})
class ReplayModule {}

/** What replay needs: MongoDB and NATS (MONGO_URL, NATS_URL), wired as in every service. Built when used:
 * the configuration is validated as the module is made. */
function replayModule(): DynamicModule {
  return { module: ReplayModule, imports: [PlatformModule.forService('cli', natsEnvSchema.extend(mongoEnvSchema.shape).superRefine(checkNatsCredentials)), CallQueueModule] };
}

export function replayCommand(): Command {
  return new Command('replay')
    .description('re-enqueue calls for transcription from their stored audio (needs MONGO_URL and NATS_URL)')
    .argument('[callId]', 'the call to replay')
    .option('--all-failed', 'replay every call with an open failed-job record')
    .action(async (callId: string | undefined, options: { allFailed?: boolean }) => {
      if (!callId === !options.allFailed) throw new Error('give either a call id or --all-failed');
      const app = await NestFactory.createApplicationContext(replayModule(), { logger: ['error', 'warn'] });
      try {
        const queue = app.get(CallQueue);
        const audit = app.get(AuditLog);
        // Recorded and audited as the API's replays are: who (the operating-system user on this machine), what, which call.
        const actor = `${userInfo().username}@${hostname()}`;
        const by = { id: actor, role: 'cli' };
        const replayed = callId ? (await queue.replay(callId, by), [callId]) : await queue.replayAllFailed(by);
        for (const id of replayed) {
          await audit.record({ actor, role: 'cli', action: 'call.replay', callId: id, detail: 'samtal replay' });
          process.stdout.write(`replayed ${id}\n`);
        }
        if (replayed.length === 0) process.stdout.write('no failed calls to replay\n');
      } finally {
        await app.close();
      }
    });
}
