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
 * (The closing re-read of stop 64: only as a correction of that amount or a question about it, "No, eight-seven",
 * "Really? The letter says four-thirty", and only near its size (half to double): "the fund fee is two-fifty" after a
 * pension of twelve thousand stays as said, not "25 000". Never a clock time ("this afternoon, say four-thirty"), a
 * reference's or a case's figures ("use the reference five-eighteen"), nor the form the turn before said, said again.)
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
  `(?:(?<![\\p{L}])(?:at|by|until|till|from|before|after|say|around|about|${NUMBER_WORDS})|o'clock|(?:ending|ends|end)\\s+(?:in|with)|digits?|numbers?|code|extension|reference|ref|ocr|case|invoice|id)\\s*(?:is\\s+|are\\s+|about\\s+|around\\s+)?$`,
  'iu',
);
/** A time of day or a call back in the sentence: the form is a clock time ("Can I call you back this afternoon, say four-thirty?"). */
const TIME_OF_DAY = /(?<![\p{L}])(?:morning|afternoon|evening|tonight|tomorrow|today|noon|o['’]clock|call(?:s|ing)?\s+(?:\p{L}+\s+)?back|ring(?:s|ing)?\s+(?:\p{L}+\s+)?back|meeting|appointment|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?![\p{L}])/iu;
/** Before the form in its turn: a correction ("No, …", "Sorry, …", "or", "actually") or a question ("Really? …"). */
const CORRECTS_OR_ASKS = /(?<![\p{L}])(?:no|nope|not|sorry|or|actually|rather|i\s+mean|wait)(?![\p{L}])|\?/iu;
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

/** The words with the capital of the form they replace ("Nine-six." → "Nine thousand six hundred."). */
const inCaseOf = (said: string, words: string): string => (/^\p{Lu}/u.test(said) ? words[0]!.toUpperCase() + words.slice(1) : words);

/** The amounts (100 or more, below a million) said in a text, in order. */
function amountsIn(text: string): number[] {
  return [...inDigits(text, 'en').matchAll(/(?<![\d,.])\d{1,3}(?: \d{3})*(?![\d,.]?\d)/gu)]
    .map((m) => Number(m[0].replace(/ /gu, '')))
    .filter((n) => n >= 100 && n < 1_000_000);
}

/** What follows the last number said in a text (a word of a number or a digit). */
function afterLastNumber(text: string): string {
  const last = [...text.matchAll(new RegExp(`(?<![\\p{L}])(?:${NUMBER_WORDS})(?![\\p{L}])|\\d`, 'giu'))].at(-1);
  return last === undefined ? text : text.slice(last.index + last[0].length);
}

export function withShorthandAmounts(transcript: Transcript): Transcript {
  if (transcript.language !== 'en') return transcript;
  let previous = '';
  let previousSaid = '';
  const saidBefore: number[] = [];
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
        // (The closing re-read of stop 64: "Five-eighteen, okay." after "the reference five-eighteen", "Yes, four-thirty is
        // fine." after "say four-thirty": the form the turn before said, said again, is read as that turn left it.)
        if (new RegExp(`(?<![\\p{L}-])${head}-${tail}(?![\\p{L}-])`, 'iu').test(previousSaid)) return all;
        const sentence = `${before.split(/[.!?]\s/u).at(-1) ?? ''}${all}${after.split(/[.!?](?:\s|$)/u)[0] ?? ''}`;
        if (TIME_OF_DAY.test(sentence)) return all;
        const inTurn = amountsIn(before);
        const reference = inTurn.at(-1) ?? amountsIn(previous).at(-1);
        if (reference === undefined) return all;
        const digits = `${UNITS.indexOf(head.toLowerCase()) + 1}${TAIL[tail.toLowerCase()]}`;
        // (The very amount said before in the call, said again by its digits: "Nine hundred instead of two-fifty." after
        // "250 kronor a day" is 250.)
        const echoed = [...inTurn, ...saidBefore].find((n) => String(n) === digits);
        if (echoed !== undefined) {
          changed = true;
          return inCaseOf(all, englishWords(echoed));
        }
        // (Only as the correction of that amount, or a question about it, in this turn before the form.)
        const since = inTurn.length > 0 ? afterLastNumber(before) : before;
        if (!CORRECTS_OR_ASKS.test(since)) return all;
        const scale = String(reference).length - digits.length;
        if (scale < 0) return all;
        const meant = Number(digits) * 10 ** scale;
        // (The same quantity: near the amount it puts right, half to double.)
        if (meant * 2 < reference || meant > reference * 2) return all;
        changed = true;
        return inCaseOf(all, englishWords(meant));
      });
      previous = text;
      previousSaid = segment.text;
      saidBefore.push(...amountsIn(text));
      return changed ? { ...segment, text } : segment;
    }),
  };
}
