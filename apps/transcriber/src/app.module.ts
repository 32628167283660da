import { Module } from '@nestjs/common';
import { PlatformModule, serviceEnv } from '@samtal/platform';
import { TranscriptionModule, transcriptionEnvSchema } from '@samtal/transcription';

export const transcriberEnv = serviceEnv(transcriptionEnvSchema.shape);

@Module({ imports: [PlatformModule.forService('transcriber', transcriberEnv), TranscriptionModule] })
export class AppModule {}
