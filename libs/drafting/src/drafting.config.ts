import { audioToolSettingsFrom, audioToolsEnvSchema, type AudioToolSettings } from '@samtal/audio';
import { DEFAULT_QUALITY_THRESHOLDS, loadTaxonomy } from '@samtal/journal';
import type { DraftSettings } from '@samtal/pipeline';
import { DEFAULT_ALERT_THRESHOLDS } from '@samtal/sentiment';
import { z } from 'zod';

/**
 * How the journal service drafts (environment variables). Imported without NestJS by
 * `samtal process` (`@samtal/drafting/config`), so the command drafts as the service does.
 */
export const draftingEnvSchema = z.object({
  /** An OpenAI-compatible chat API (llama.cpp server, vLLM, Ollama), e.g. http://127.0.0.1:8080/v1. Unset: extractive drafts only. */
  SUMMARY_LLM_URL: z
    .url({
      protocol: /^https?$/,
      error: 'an http(s) URL of an OpenAI-compatible API, e.g. http://127.0.0.1:8080/v1',
    })
    .optional(),
  SUMMARY_LLM_MODEL: z.string().min(1).default('default'),
  SUMMARY_LLM_API_KEY: z.string().min(1).optional(),
  /** How long to wait for the LLM before the extractive draft is used instead. */
  SUMMARY_LLM_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(60_000),
  /** A taxonomy JSON file (see libs/journal/taxonomy/pensions.json); the pensions topics when unset. */
  JOURNAL_TAXONOMY: z
    .string()
    .min(1)
    .optional()
    .superRefine((path, ctx) => {
      if (!path) return;
      try {
        loadTaxonomy(path);
      } catch (err) {
        ctx.addIssue({
          code: 'custom',
          message: err instanceof Error ? err.message : String(err),
        });
      }
    }),
  /** Alert when the caller's closing sentiment (-1..1) is at or below this. */
  SENTIMENT_ALERT_END_BELOW: z.coerce.number().min(-1).max(1).default(DEFAULT_ALERT_THRESHOLDS.callerEndBelow),
  /** Alert when the caller's sentiment trend over the call is at or below this. */
  SENTIMENT_ALERT_TREND_BELOW: z.coerce.number().min(-4).max(4).default(DEFAULT_ALERT_THRESHOLDS.callerTrendBelow),
  /**
   * Numbers redaction never removes, comma-separated ("0771-776 776,08-123 456 78"): the agency's
   * own public numbers. Unset: the built-in list (`AGENCY_NUMBERS`). Checksum-valid identifiers are
   * redacted whatever this says.
   */
  REDACTION_ALLOWED_NUMBERS: z
    .string()
    .optional()
    .transform((list) => list?.split(',').map((n) => n.trim()).filter(Boolean))
    .refine((list) => !list || list.every((n) => /^\+?[\d ()-]{2,20}$/.test(n)), 'comma-separated phone numbers, e.g. 0771-776 776,08-123 456 78'),
  /** A transcript segment below this confidence (0..1) is marked uncertain in the UI (README, "Transcript confidence"). */
  TRANSCRIPT_LOW_SEGMENT_BELOW: z.coerce.number().min(0).max(1).default(DEFAULT_QUALITY_THRESHOLDS.segmentBelow),
  /** A recognised word below this confidence is marked uncertain. */
  TRANSCRIPT_LOW_WORD_BELOW: z.coerce.number().min(0).max(1).default(DEFAULT_QUALITY_THRESHOLDS.wordBelow),
  /** A call whose mean segment confidence is below this is a low-quality transcript (the agent is warned). */
  TRANSCRIPT_LOW_CALL_MEAN_BELOW: z.coerce.number().min(0).max(1).default(DEFAULT_QUALITY_THRESHOLDS.callMeanBelow),
  /** …as is a call with more than this share (0..1) of its speech in uncertain segments. */
  TRANSCRIPT_LOW_CALL_SHARE_ABOVE: z.coerce.number().min(0).max(1).default(DEFAULT_QUALITY_THRESHOLDS.callLowShareAbove),
  /** Where the agency is: a call's date (for "på fredag") is its calendar day there. */
  CALL_TIME_ZONE: z
    .string()
    .default('Europe/Stockholm')
    .refine((zone) => {
      try {
        new Intl.DateTimeFormat('sv-SE', { timeZone: zone });
        return true;
      } catch {
        return false;
      }
    }, 'an IANA time zone, e.g. Europe/Stockholm'),
  /**
   * How often the journal service looks for a call whose draft is stored but whose status still
   * waits for one (`DraftStatusSweep`), and how long such a call must have waited first.
   */
  DRAFT_STATUS_SWEEP_MS: z.coerce.number().int().min(1_000).default(60_000),
  /** ffmpeg makes the redacted copy of the recording (FFMPEG_PATH, FFPROBE_PATH). */
  ...audioToolsEnvSchema.shape,
});
export type DraftingEnv = z.infer<typeof draftingEnvSchema>;

/** Injection token of the drafting configuration. */
export const DRAFTING_CONFIG = Symbol('DRAFTING_CONFIG');

export interface DraftingConfig {
  settings: DraftSettings;
  timeZone: string;
  /** Where ffmpeg and ffprobe are (`resolveAudioTools` finds them on first use). */
  audioTools: AudioToolSettings;
  statusSweepMs: number;
}

/** The validated environment as drafting settings (the taxonomy file is read here). */
export function draftingConfigFrom(env: DraftingEnv): DraftingConfig {
  return {
    settings: {
      taxonomy: env.JOURNAL_TAXONOMY ? loadTaxonomy(env.JOURNAL_TAXONOMY) : undefined,
      llm: env.SUMMARY_LLM_URL
        ? {
            url: env.SUMMARY_LLM_URL,
            model: env.SUMMARY_LLM_MODEL,
            apiKey: env.SUMMARY_LLM_API_KEY,
            timeoutMs: env.SUMMARY_LLM_TIMEOUT_MS,
          }
        : undefined,
      alerts: {
        callerEndBelow: env.SENTIMENT_ALERT_END_BELOW,
        callerTrendBelow: env.SENTIMENT_ALERT_TREND_BELOW,
      },
      allowedNumbers: env.REDACTION_ALLOWED_NUMBERS,
      quality: {
        segmentBelow: env.TRANSCRIPT_LOW_SEGMENT_BELOW,
        wordBelow: env.TRANSCRIPT_LOW_WORD_BELOW,
        callMeanBelow: env.TRANSCRIPT_LOW_CALL_MEAN_BELOW,
        callLowShareAbove: env.TRANSCRIPT_LOW_CALL_SHARE_ABOVE,
      },
    },
    timeZone: env.CALL_TIME_ZONE,
    audioTools: audioToolSettingsFrom(env),
    statusSweepMs: env.DRAFT_STATUS_SWEEP_MS,
  };
}
