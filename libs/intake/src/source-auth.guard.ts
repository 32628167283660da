import { HttpException, HttpStatus, Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ThrottlerGuard } from '@nestjs/throttler';
import { SourcesRepository, type SourceSummary } from '@samtal/store';
import type { Request, Response } from 'express';
import type { IntakeEnv } from './intake.config.js';

/** The request, once a source is authenticated. */
export type SourceRequest = Request & { source?: SourceSummary };

export function sourceOf(request: SourceRequest): SourceSummary {
  if (!request.source) throw new UnauthorizedException('no authenticated source');
  return request.source;
}

/**
 * A telephony source proves itself with its API key (`Authorization: Bearer <key>`). Guards run
 * before the upload parser, so an unauthenticated request is answered 401 before any of its
 * body is written to disk. A browser cannot add this header to a no-cors cross-origin request,
 * so a foreign web page cannot post calls either.
 */
@Injectable()
export class SourceAuthGuard implements CanActivate {
  constructor(private readonly sources: SourcesRepository) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<SourceRequest>();
    const key = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
    const source = key ? await this.sources.authenticate(key) : null;
    if (!source) {
      http.getResponse<Response>().setHeader('WWW-Authenticate', 'Bearer realm="samtal-ingest"');
      throw new UnauthorizedException(
        key ? 'the API key is not valid (unknown, rotated or revoked)' : 'send the source\'s API key as "Authorization: Bearer <key>" (samtal sources add)',
      );
    }
    request.source = source;
    return true;
  }
}

/** Uploads per minute, per source (not per address: sources may share a proxy). 429 with Retry-After beyond it. */
@Injectable()
export class SourceRateGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    return `source:${sourceOf(request as unknown as SourceRequest)._id}`;
  }
}

const HOUR_MS = 3_600_000;

/**
 * Megabytes per hour, per source: a fixed hourly window, counted from each request's declared
 * length before its body is read. In memory, per ingest process (like the rate quota).
 */
@Injectable()
export class SourceVolumeGuard implements CanActivate {
  private readonly windows = new Map<string, { start: number; bytes: number }>();

  constructor(private readonly config: ConfigService<IntakeEnv, true>) {}

  canActivate(context: ExecutionContext): boolean {
    const http = context.switchToHttp();
    const request = http.getRequest<SourceRequest>();
    const source = sourceOf(request);
    const limit = (source.mbPerHour ?? this.config.get('SOURCE_MB_PER_HOUR', { infer: true })) * 1024 * 1024;
    const incoming = Number(request.headers['content-length'] ?? 0) || 0;
    const now = Date.now();
    let window = this.windows.get(source._id);
    if (!window || now - window.start >= HOUR_MS) {
      window = { start: now, bytes: 0 };
      this.windows.set(source._id, window);
    }
    if (window.bytes + incoming > limit && window.bytes > 0) {
      const retryAfterS = Math.ceil((window.start + HOUR_MS - now) / 1000);
      http.getResponse<Response>().setHeader('Retry-After', String(retryAfterS));
      throw new HttpException(
        { statusCode: 429, error: 'Too Many Requests', message: `source ${source._id} has used its upload volume for this hour; retry in ${retryAfterS} s` },
        HttpStatus.TOO_MANY_REQUESTS,
      );
    }
    window.bytes += incoming;
    return true;
  }
}
