import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { currentCallId } from '@samtal/messaging';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/**
 * Keys that can hold transcript text or personal data. Logs must never carry them;
 * masking them is a safety net behind the rule that such values are not logged at all.
 */
export const SENSITIVE_LOG_KEYS = ['text', 'transcript', 'segments', 'words', 'dialogue', 'draft', 'sidecar', 'password', 'token', 'authorization'];

interface JsonLogOptions {
  context: string;
  logLevel: LogLevel;
  writeStreamType?: 'stdout' | 'stderr';
  errorStack?: unknown;
  params?: Record<string, unknown>;
  error?: Error;
}

/** One JSON object per line, with the service name and the call id of the work in hand. */
export class JsonLogger extends ConsoleLogger {
  constructor(
    private readonly service: string,
    level: LogLevel = 'log',
  ) {
    super({ json: true, logLevels: LEVELS.slice(0, LEVELS.indexOf(level) + 1), redact: SENSITIVE_LOG_KEYS });
  }

  protected override getJsonLogObject(message: unknown, options: JsonLogOptions) {
    const record = super.getJsonLogObject(message, options);
    const callId = currentCallId();
    return { ...record, service: this.service, ...(callId ? { callId } : {}) };
  }
}
