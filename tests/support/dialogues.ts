import type { synthesizeCall } from '@samtal/testing';

/** A short bostadstillägg call with nothing personal in it, spoken by espeak-ng in the UI tests. */
export const BOSTADSTILLAGG_CALL: Parameters<typeof synthesizeCall>[0] = [
  { speaker: 'agent', text: 'Pensionsmyndigheten, Anna här. Vad gäller det?' },
  { speaker: 'caller', text: 'Mitt bostadstillägg har inte kommit den här månaden.' },
  { speaker: 'agent', text: 'Jag ser det. Jag skickar en blankett till dig i dag.' },
];
