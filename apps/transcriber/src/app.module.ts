import { Module } from '@nestjs/common';
import { PlatformModule, serviceEnv } from '@samtal/platform';
import { TranscriptionModule } from '@samtal/transcription';
import { z } from 'zod';

export const transcriberEnv = serviceEnv({
  /** Calls this process transcribes at once. */
  TRANSCRIBER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
});

@Module({ imports: [PlatformModule.forService('transcriber', transcriberEnv), TranscriptionModule] })
export class AppModule {}
