import type { Transcript } from '@samtal/contracts';
import { inDigits } from './numbers.js';

/**
 * (Round 93.) "nine-six", "one-thirteen", "seven-ten": English callers and agents say an amount just heard by its
 * leading digits, joined by a hyphen ("The rent is nine thousand four hundred. No, nine-six." is 9 600). A unit word
 * before the hyphen never starts an ordinary English number ("twenty-five" starts with a ten), so the form is read as
 * those digits at the scale of the amount said last before it — earlier in the same turn or in the turn before — and
 * written out in words, so the rest of the pipeline (corrections, digits, the leak scan) reads it as any said amount.
 * Without such an amount, after "thousand"/"hundred" ("three thousand two-fifty") or as a time ("at four-thirty"),
 * it is left as said, and so is the form said back alone ("Four-eight.", an echo).
 */
const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TAIL: Record<string, string> = Object.fromEntries([
  ...UNITS.map((w, i) => [w, String(i + 1)]),
  ...TEENS.map((w, i) => [w, String(i + 10)]),
  ...TENS.map((w, i) => [w, String((i + 2) * 10)]),
]);
const SHORTHAND = new RegExp(`(?<![\\p{L}-])(${UNITS.join('|')})-(${Object.keys(TAIL).join('|')})(?![\\p{L}-])`, 'giu');
/**
 * Not an amount: a clock time ("at four-thirty"), digits read out ("the account ending in four-two", "the code"), or
 * part of a longer number ("three thousand two-fifty", "seven nine-nine", said digit by digit).
 */
const NUMBER_WORDS = `${UNITS.join('|')}|${TEENS.join('|')}|${TENS.join('|')}|zero|oh|thousand|hundred`;
const NOT_AN_AMOUNT_BEFORE = new RegExp(
  `(?:(?<![\\p{L}])(?:at|by|until|till|from|before|after|${NUMBER_WORDS})|o'clock|(?:ending|ends|end)\\s+(?:in|with)|digits?|numbers?|code|extension)\\s*(?:is\\s+|are\\s+|about\\s+|around\\s+)?$`,
  'iu',
);
/** After it: a time's word, or the amount said in full at once ("No, nine-fifty, nine hundred and fifty"). */
const NOT_AN_AMOUNT_AFTER = new RegExp(`^\\s*(?:o['’]clock|am|pm|a\\.m\\.|p\\.m\\.|tomorrow|today|tonight|on\\s+\\p{L}+day|,?\\s*(?:${NUMBER_WORDS}))(?![\\p{L}])`, 'iu');

function below1000(n: number): string {
  const words: string[] = [];
  if (n >= 100) {
    words.push(UNITS[Math.floor(n / 100) - 1]!, 'hundred');
    n %= 100;
    if (n) words.push('and');
  }
  if (n >= 20) words.push(n % 10 ? `${TENS[Math.floor(n / 10) - 2]}-${UNITS[(n % 10) - 1]}` : TENS[Math.floor(n / 10) - 2]!);
  else if (n >= 10) words.push(TEENS[n - 10]!);
  else if (n > 0) words.push(UNITS[n - 1]!);
  return words.join(' ');
}
/** 9600 → "nine thousand six hundred" (below a million). */
export function englishWords(n: number): string {
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  return [thousands ? `${below1000(thousands)} thousand` : '', rest ? below1000(rest) : ''].filter(Boolean).join(' ');
}

/** The amounts (100 or more, below a million) said in a text, in order. */
function amountsIn(text: string): number[] {
  return [...inDigits(text, 'en').matchAll(/(?<![\d,.])\d{1,3}(?: \d{3})*(?![\d,.]?\d)/gu)]
    .map((m) => Number(m[0].replace(/ /gu, '')))
    .filter((n) => n >= 100 && n < 1_000_000);
}

export function withShorthandAmounts(transcript: Transcript): Transcript {
  if (transcript.language !== 'en') return transcript;
  let previous = '';
  return {
    ...transcript,
    segments: transcript.segments.map((segment) => {
      let changed = false;
      const text = segment.text.replace(SHORTHAND, (all, head: string, tail: string, at: number, whole: string) => {
        const before = whole.slice(0, at);
        const after = whole.slice(at + all.length);
        if (NOT_AN_AMOUNT_BEFORE.test(before) || NOT_AN_AMOUNT_AFTER.test(after)) return all;
        // ("Four-eight." said back alone is an echo of the amount just heard, no fact of its own: left as said.)
        if (/(?:^|[.!?])\s*$/u.test(before) && /^\s*(?:[.!?]|$)/u.test(after)) return all;
        const reference = amountsIn(before).at(-1) ?? amountsIn(previous).at(-1);
        if (reference === undefined) return all;
        const digits = `${UNITS.indexOf(head.toLowerCase()) + 1}${TAIL[tail.toLowerCase()]}`;
        const scale = String(reference).length - digits.length;
        if (scale < 0) return all;
        changed = true;
        const words = englishWords(Number(digits) * 10 ** scale);
        return /^\p{Lu}/u.test(all) ? words[0]!.toUpperCase() + words.slice(1) : words;
      });
      previous = text;
      return changed ? { ...segment, text } : segment;
    }),
  };
}
