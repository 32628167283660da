import {
  Body,
  Controller,
  Headers,
  HttpCode,
  HttpStatus,
  Post,
  Req,
  UploadedFiles,
  UseFilters,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileFieldsInterceptor } from '@nestjs/platform-express';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiHeader,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { LanguageRequestSchema, SpeakerSchema } from '@samtal/contracts';
import { ZodValidationPipe } from '@samtal/platform';
import { rm } from 'node:fs/promises';
import { z } from 'zod';
import { IntakeService, type AcceptedCall } from './intake.service.js';
import { SourceAuthGuard, SourceRateGuard, SourceVolumeGuard, sourceOf, type SourceRequest } from './source-auth.guard.js';
import { RetryAfterFilter } from './storage-busy.js';
import { UploadTooLargeFilter } from './upload-too-large.filter.js';

const UploadFieldsSchema = z.strictObject({
  /** The agent who took the call: their screen gets the draft. */
  agentId: z.string().regex(/^[\w.@-]{1,100}$/, 'letters, digits and . _ @ - (at most 100)'),
  language: LanguageRequestSchema.default('auto'),
  leftChannel: SpeakerSchema.optional(),
  rightChannel: SpeakerSchema.optional(),
});

const IdempotencyKeySchema = z
  .string()
  .regex(/^[\x21-\x7e]{1,200}$/, 'printable ASCII, at most 200 characters')
  .optional();

type MulterFile = Express.Multer.File;

@ApiTags('calls')
@Controller('calls')
@ApiBearerAuth()
@UseFilters(UploadTooLargeFilter, RetryAfterFilter)
// Guards run before the upload parser: no byte of an unauthenticated or over-quota upload reaches the disk.
@UseGuards(SourceAuthGuard, SourceRateGuard, SourceVolumeGuard)
export class UploadController {
  constructor(private readonly intake: IntakeService) {}

  @Post()
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Upload a call recording',
    description:
      'Any format ffmpeg reads; stereo calls carry the agent and the caller on separate channels. ' +
      'An optional sidecar transcript (JSON or `agent:`/`caller:` lines) skips speech recognition.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['audio', 'agentId'],
      properties: {
        audio: { type: 'string', format: 'binary' },
        transcript: { type: 'string', format: 'binary' },
        ...(z.toJSONSchema(UploadFieldsSchema, { io: 'input' }).properties as object),
      },
    },
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'The same key, source and content twice makes one call; the same key with other content or from another source is 409',
  })
  @ApiAcceptedResponse({ description: 'Stored and queued: `{ callId, status, duplicate }`' })
  @ApiUnauthorizedResponse({ description: 'No valid source API key (`Authorization: Bearer <key>`); nothing stored' })
  @ApiTooManyRequestsResponse({ description: "Over the source's rate or volume quota; see Retry-After" })
  @ApiUnprocessableEntityResponse({ description: '`agentId` is not an enabled agent (and no fallback queue is configured), or the recording is too short or long' })
  @ApiConflictResponse({ description: 'The Idempotency-Key was used for a different upload; nothing stored' })
  @UseInterceptors(
    FileFieldsInterceptor([
      { name: 'audio', maxCount: 1 },
      { name: 'transcript', maxCount: 1 },
    ]),
  )
  async upload(
    @UploadedFiles() files: { audio?: MulterFile[]; transcript?: MulterFile[] } | undefined,
    @Body() body: unknown,
    @Headers('idempotency-key') idempotencyKey: string | undefined,
    @Req() request: SourceRequest,
  ): Promise<AcceptedCall> {
    const audio = files?.audio?.[0];
    const transcript = files?.transcript?.[0];
    try {
      const fields = new ZodValidationPipe(UploadFieldsSchema).transform(body ?? {});
      const key = new ZodValidationPipe(IdempotencyKeySchema).transform(idempotencyKey);
      return await this.intake.accept({
        audio,
        transcript,
        agentId: fields.agentId,
        language: fields.language,
        channelMap: { left: fields.leftChannel, right: fields.rightChannel },
        idempotencyKey: key,
        sourceId: sourceOf(request)._id,
      });
    } finally {
      // Uploads are scratch copies: the stored call lives in MongoDB.
      await Promise.all([audio?.path, transcript?.path].filter(Boolean).map((p) => rm(p!, { force: true })));
    }
  }
}
