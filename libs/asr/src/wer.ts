/**
 * Word error rate with text normalisers in the spirit of Whisper's evaluation: compare words,
 * not spelling conventions. English: lower case, no punctuation or bracketed captions, no
 * filler words, number words as digits. Swedish: the same, with Swedish number words (also
 * written together: "tjugofem", "etthundratjugo").
 */
const EN_UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SV_UNITS: Record<string, number> = {
  noll: 0, ett: 1, en: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10,
  elva: 11, tolv: 12, tretton: 13, fjorton: 14, femton: 15, sexton: 16, sjutton: 17, arton: 18, aderton: 18, nitton: 19,
  tjugo: 20, trettio: 30, fyrtio: 40, femtio: 50, sextio: 60, sjuttio: 70, åttio: 80, nittio: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000, hundra: 100, tusen: 1000, miljon: 1_000_000, miljoner: 1_000_000 };
const EN_FILLERS = new Set(['uh', 'um', 'hmm', 'mm', 'mhm', 'er', 'ah', 'eh', 'huh']);
const SV_FILLERS = new Set(['eh', 'öh', 'äh', 'hm', 'hmm', 'mm', 'mhm']);

/** Splits a Swedish word written together into number morphemes ("tjugofem" → tjugo, fem), or undefined. */
function swedishMorphemes(word: string): string[] | undefined {
  const morphemes = [...Object.keys(SV_UNITS), 'hundra', 'tusen'].sort((a, b) => b.length - a.length);
  const parts: string[] = [];
  let rest = word;
  while (rest) {
    const next = morphemes.find((m) => rest.startsWith(m));
    if (!next) return undefined;
    parts.push(next);
    rest = rest.slice(next.length);
  }
  return parts;
}

/** Runs of number words as one number: "one hundred and five" → 105, "tjugo fem" → 25. */
function numbersAsDigits(words: string[], lang: 'sv' | 'en'): string[] {
  const units = lang === 'sv' ? SV_UNITS : EN_UNITS;
  const expanded = words.flatMap((w) => (lang === 'sv' && !(w in units) && !(w in SCALES) ? (swedishMorphemes(w) ?? [w]) : [w]));
  const isNumber = (w: string | undefined) => w !== undefined && (w in units || w in SCALES);
  const out: string[] = [];
  for (let i = 0; i < expanded.length; ) {
    const w = expanded[i]!;
    // A lone "en"/"ett"/"one" is usually an article or a pronoun: only numbers beside other number words.
    const lone = (w === 'en' || w === 'ett' || w === 'one') && !isNumber(expanded[i + 1]);
    if (!isNumber(w) || lone) {
      out.push(w);
      i++;
      continue;
    }
    let total = 0;
    let current = 0;
    let previousUnit: number | undefined;
    for (; i < expanded.length; i++) {
      const x = expanded[i]!;
      if ((x === 'and' || x === 'och') && isNumber(expanded[i + 1]) && current > 0) continue;
      if (x in units) {
        const v = units[x]!;
        // "twenty five" adds; "five five" is two numbers (digits read out): stop the run.
        if (previousUnit !== undefined && !(previousUnit >= 20 && previousUnit % 10 === 0 && v < 10)) break;
        current += v;
        previousUnit = v;
      } else if (x in SCALES) {
        const scale = SCALES[x]!;
        if (scale === 100) current = (current || 1) * 100;
        else {
          total += (current || 1) * scale;
          current = 0;
        }
        previousUnit = undefined;
      } else break;
    }
    out.push(String(total + current));
  }
  return out;
}

export function normaliseForWer(text: string, lang: 'sv' | 'en'): string[] {
  const words = text
    .toLowerCase()
    .replace(/[[(<{][^\])>}]*[\])>}]/g, ' ') // captions: [music], (laughs)
    .replace(/(\d)[,.\s](\d{3})\b/g, '$1$2') // 1,000 and 1 000 → 1000
    .replace(/[-–—/]/g, ' ')
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !(lang === 'sv' ? SV_FILLERS : EN_FILLERS).has(w));
  return numbersAsDigits(words, lang);
}

/** Word-level edit distance: substitutions, deletions and insertions. */
export function wordErrors(reference: string[], hypothesis: string[]): number {
  let previous = Array.from({ length: hypothesis.length + 1 }, (_, j) => j);
  for (let i = 1; i <= reference.length; i++) {
    const row = [i];
    for (let j = 1; j <= hypothesis.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (reference[i - 1] === hypothesis[j - 1] ? 0 : 1));
    }
    previous = row;
  }
  return previous[hypothesis.length]!;
}
