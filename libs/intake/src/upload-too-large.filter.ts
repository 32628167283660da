import { Catch, PayloadTooLargeException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Response } from 'express';
import type { IntakeEnv } from './intake.config.js';

/** The upload parser's "File too large" says nothing useful: name the limit instead. */
@Catch(PayloadTooLargeException)
export class UploadTooLargeFilter implements ExceptionFilter {
  constructor(private readonly config: ConfigService<IntakeEnv, true>) {}

  catch(exception: PayloadTooLargeException, host: ArgumentsHost): void {
    const limitMb = Math.floor(this.config.get('MAX_UPLOAD_BYTES', { infer: true }) / 1024 / 1024);
    const fromParser = exception.message === 'File too large';
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(413)
      .json({ statusCode: 413, error: 'Payload Too Large', message: fromParser ? `the upload is larger than ${limitMb} MB` : exception.message });
  }
}
