import type { Language } from '@samtal/contracts';

// Frequent function words that are rare in the other language.
const SWEDISH = new Set('och att det som jag är inte har en på för med du vi kan till den om så ska var hur vad när mitt min din hej tack ja nej också eller men'.split(' '));
const ENGLISH = new Set('the and to of is that it you for on with have are this be not was my your we can what how when hello thank yes no also or but'.split(' '));

/** Swedish or English, by counting function words; Swedish when in doubt. */
export function guessLanguage(text: string): Language {
  let sv = 0;
  let en = 0;
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    if (SWEDISH.has(word)) sv++;
    if (ENGLISH.has(word)) en++;
  }
  return en > sv ? 'en' : 'sv';
}
