import { Module } from '@nestjs/common';
import { DraftingModule, draftingEnvSchema } from '@samtal/drafting';
import { PlatformModule, serviceEnv } from '@samtal/platform';
import { z } from 'zod';

export const journalEnv = serviceEnv({
  /** Calls this process drafts at once. */
  JOURNAL_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  ...draftingEnvSchema.shape,
});

@Module({
  imports: [PlatformModule.forService('journal', journalEnv), DraftingModule],
})
export class AppModule {}
