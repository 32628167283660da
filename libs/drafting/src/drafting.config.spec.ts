import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_QUALITY_THRESHOLDS } from '@samtal/journal';
import { draftingConfigFrom, draftingEnvSchema } from './drafting.config.js';

describe('drafting configuration', () => {
  it('defaults to the extractive summariser, the built-in taxonomy, Swedish time and a status sweep each minute', () => {
    const config = draftingConfigFrom(draftingEnvSchema.parse({}));
    expect(config).toEqual({
      settings: {
        taxonomy: undefined,
        llm: undefined,
        alerts: { callerEndBelow: -0.43, callerTrendBelow: -0.5 },
        quality: DEFAULT_QUALITY_THRESHOLDS,
      },
      timeZone: 'Europe/Stockholm',
      audioTools: {},
      statusSweepMs: 60_000,
    });
  });

  it('passes where ffmpeg and ffprobe are to the redacted recording (no environment reads in the libraries)', () => {
    const config = draftingConfigFrom(draftingEnvSchema.parse({ FFMPEG_PATH: '/opt/ffmpeg/bin/ffmpeg', FFPROBE_PATH: '/opt/ffmpeg/bin/ffprobe', PATH: '/usr/bin' }));
    expect(config.audioTools).toEqual({ ffmpeg: '/opt/ffmpeg/bin/ffmpeg', ffprobe: '/opt/ffmpeg/bin/ffprobe', path: '/usr/bin' });
  });

  it('reads the transcript-quality thresholds and refuses one outside 0..1', () => {
    const config = draftingConfigFrom(
      draftingEnvSchema.parse({
        TRANSCRIPT_LOW_SEGMENT_BELOW: '0.3',
        TRANSCRIPT_LOW_WORD_BELOW: '0.2',
        TRANSCRIPT_LOW_CALL_MEAN_BELOW: '0.45',
        TRANSCRIPT_LOW_CALL_SHARE_ABOVE: '0.5',
      }),
    );
    expect(config.settings.quality).toEqual({ segmentBelow: 0.3, wordBelow: 0.2, callMeanBelow: 0.45, callLowShareAbove: 0.5 });
    expect(draftingEnvSchema.safeParse({ TRANSCRIPT_LOW_CALL_MEAN_BELOW: '55' }).success).toBe(false);
  });

  it('configures the LLM summariser, its timeout and the alert thresholds', () => {
    const config = draftingConfigFrom(
      draftingEnvSchema.parse({
        SUMMARY_LLM_URL: 'http://127.0.0.1:8080/v1',
        SUMMARY_LLM_MODEL: 'kb-llama',
        SUMMARY_LLM_TIMEOUT_MS: '15000',
        SENTIMENT_ALERT_END_BELOW: '-0.6',
        SENTIMENT_ALERT_TREND_BELOW: '-0.8',
      }),
    );
    expect(config.settings.llm).toEqual({
      url: 'http://127.0.0.1:8080/v1',
      model: 'kb-llama',
      apiKey: undefined,
      timeoutMs: 15_000,
    });
    expect(config.settings.alerts).toEqual({
      callerEndBelow: -0.6,
      callerTrendBelow: -0.8,
    });
  });

  it('reads the taxonomy file named by JOURNAL_TAXONOMY', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'samtal-taxonomy-')), 'topics.json');
    writeFileSync(
      path,
      JSON.stringify({
        other: { label: { sv: 'Övrigt', en: 'Other' } },
        topics: [
          {
            key: 'sjukpenning',
            label: { sv: 'Sjukpenning', en: 'Sickness benefit' },
            names: { sv: ['sjukpenning'], en: [] },
            cues: { sv: [], en: [] },
          },
        ],
      }),
    );
    expect(draftingConfigFrom(draftingEnvSchema.parse({ JOURNAL_TAXONOMY: path })).settings.taxonomy?.topics[0]?.key).toBe('sjukpenning');
  });

  it('lists every problem: a bad URL, an unreadable taxonomy, a threshold out of range, an unknown time zone', () => {
    const result = draftingEnvSchema.safeParse({
      SUMMARY_LLM_URL: 'ftp://example',
      JOURNAL_TAXONOMY: '/nonexistent/topics.json',
      SENTIMENT_ALERT_END_BELOW: '-3',
      CALL_TIME_ZONE: 'Mars/Olympus',
    });
    expect(result.success).toBe(false);
    const problems = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(problems).toEqual([
      expect.stringMatching(/^SUMMARY_LLM_URL: an http\(s\) URL/),
      expect.stringMatching(/^JOURNAL_TAXONOMY: cannot read taxonomy \/nonexistent\/topics\.json/),
      expect.stringMatching(/^SENTIMENT_ALERT_END_BELOW: /),
      'CALL_TIME_ZONE: an IANA time zone, e.g. Europe/Stockholm',
    ]);
  });
});
