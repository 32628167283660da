import type { Transcript } from '@samtal/contracts';
import { transcribeCall } from '@samtal/pipeline';
import { Command, Option } from 'commander';
import { asrSetup, withAsrOptions, type AsrCliOptions } from './asr-options.js';

function clock(ms: number | undefined): string {
  if (ms === undefined) return '--:--.-';
  const s = ms / 1000;
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${(s % 60).toFixed(1).padStart(4, '0')}`;
}

export function formatTranscript(transcript: Transcript): string {
  return transcript.segments.map((s) => `[${clock(s.startMs)} → ${clock(s.endMs)}] ${s.speaker}: ${s.text}\n`).join('');
}

export function transcribeCommand(): Command {
  return withAsrOptions(
    new Command('transcribe')
      .description('Transcribe one recording with whisper.cpp, in this process (no services), and print the transcript')
      .argument('<audio>', 'the call recording (any format ffmpeg reads; stereo: agent left, caller right)')
      .addOption(new Option('--lang <language>', 'language of the call').choices(['sv', 'en', 'auto']).default('auto'))
      .addOption(new Option('--left <speaker>', 'speaker on the left channel').choices(['agent', 'caller', 'unknown']).default('agent'))
      .addOption(new Option('--right <speaker>', 'speaker on the right channel').choices(['agent', 'caller', 'unknown']).default('caller'))
      .option('--json', 'print the transcript as JSON (segments with times, confidence and, with --words, words)')
      .option('--timings', "print whisper.cpp's timings (model load, encoder per 30-s window) to stderr as JSON"),
  ).action(async (audio: string, options: AsrCliOptions & { lang: 'sv' | 'en' | 'auto'; left: 'agent'; right: 'caller'; json?: boolean; timings?: boolean }) => {
    const asr = asrSetup(options);
    const transcript = await transcribeCall(
      { audioPath: audio, language: options.lang, channelMap: { left: options.left, right: options.right } },
      asr,
    );
    process.stdout.write(options.json ? `${JSON.stringify(transcript, null, 2)}\n` : formatTranscript(transcript));
    if (options.timings) process.stderr.write(`${JSON.stringify({ whisperCpp: asr.engine.lastTimings })}\n`);
  });
}
