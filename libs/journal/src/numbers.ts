import type { Language } from '@samtal/contracts';

/**
 * A case file writes amounts and dates in digits: "fjortontusen åttahundratrettio kronor" is
 * "14 830 kronor", "den tjugoåttonde februari" "den 28 februari", "eighteen thousand a month"
 * "18 000 a month", "the eighth of September" "8 September", "han är tjugofyra" "han är 24".
 * Numbers under thirteen that are no amount, measure or date stay words ("tre syskon", "två månader"),
 * and so do number words that do not make one number ("tjugonitton", "twenty twenty-five": a year said
 * in halves).
 */
export function inDigits(text: string, language: Language): string {
  return language === 'sv' ? swedish(text) : english(text);
}

/** From here a number is written in digits whatever it counts ("han är 24", "sixty-six" → "66"); below, only a measure or an amount. */
const FROM = 13;

/** The words end in an ellipsis: broken off, not a number to write out. */
const brokenOff = (text: string, end: number) => /^(?:\.\.\.|…)/u.test(text.slice(end));

/** "14830" → "14 830": a space between thousands, as Swedish and the agency write them. */
const grouped = (n: number) => (n >= 1000 ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ') : String(n));

// ---- Swedish ---------------------------------------------------------------------------

const SV_UNITS: Record<string, number> = {
  noll: 0, en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, nio: 9, tio: 10, elva: 11, tolv: 12,
  tretton: 13, fjorton: 14, femton: 15, sexton: 16, sjutton: 17, arton: 18, nitton: 19,
};
// ("sextifyra", "åttitvå": the spoken tens Whisper writes too.)
const SV_TENS: Record<string, number> = {
  tjugo: 20, trettio: 30, fyrtio: 40, femtio: 50, sextio: 60, sjuttio: 70, åttio: 80, nittio: 90,
  tretti: 30, fyrti: 40, femti: 50, sexti: 60, sjutti: 70, åtti: 80, nitti: 90,
};
/** Longest first, so that "sjutton" is not read as "sju" + "tton". */
const SV_MORPHEMES = [...Object.keys(SV_UNITS), ...Object.keys(SV_TENS), 'hundra', 'tusen'].sort((a, b) => b.length - a.length);
const SV_ORDINALS: Record<string, number> = {
  första: 1, andra: 2, tredje: 3, fjärde: 4, femte: 5, sjätte: 6, sjunde: 7, åttonde: 8, nionde: 9, tionde: 10, elfte: 11, tolfte: 12,
  trettonde: 13, fjortonde: 14, femtonde: 15, sextonde: 16, sjuttonde: 17, artonde: 18, nittonde: 19, tjugonde: 20, trettionde: 30,
};
const SV_MONTHS = 'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december';
/** What a number measures: with one of these after it, a number from ten is written in digits. */
const SV_MEASURE = /^\s+(?:kronor|kr|procent|år|års|månader|veckor|dagar|bankdagar|timmar|minuter)(?![\p{L}])/iu;

/** Words after a number that make it an amount, not a year. */
const SV_AMOUNT_AFTER = /^\s+(?:kronor|kr|kronan|spänn|euro|dollar|i månaden|per månad|om året|per år|extra|mer|mindre|till|i skatt)(?![\p{L}])/iu;

/** Words of vague quantity: a bare "tusen"/"hundra" after one is no figure ("flera tusen", "några hundra"). */
const SV_VAGUE = /^(?:flera|några|många|par|hundratals|tusentals)$/iu;
/** The same in English: "several thousand", "a few hundred", "many thousand". */
const EN_VAGUE = /^(?:several|few|many|some)$/iu;

/** The morphemes of one Swedish number word ("fjortontusen" → fjorton, tusen), or undefined. */
function swedishMorphemes(word: string): string[] | undefined {
  const out: string[] = [];
  // "ettusen" is "ett" + "tusen" with one t written.
  let rest = word.toLowerCase().replace(/^ettusen/u, 'etttusen');
  while (rest) {
    const m = SV_MORPHEMES.find((p) => rest.startsWith(p));
    if (!m) return undefined;
    out.push(m);
    rest = rest.slice(m.length);
  }
  return out;
}

/**
 * The value of number morphemes, or undefined when they are not a number as said ("tjugo nitton"
 * is a year; "en" alone is an article).
 */
function value(morphemes: string[], units: Record<string, number>, tens: Record<string, number>, hundred: string, thousand: string): number | undefined {
  let total = 0;
  let current = 0;
  let last: 'unit' | 'tens' | 'teen' | 'hundred' | 'thousand' | undefined;
  for (const m of morphemes) {
    if (m === hundred) {
      // ("femton tusen hundra", "två tusen hundrafemtio": a Swedish hundred said bare after the thousands is one hundred,
      // round 57; the sentence with "15 100" was lost.)
      if (last === 'hundred' || (last === 'thousand' && hundred !== 'hundra') || current >= 100) return undefined;
      current = (current || 1) * 100;
      last = 'hundred';
    } else if (m === thousand) {
      if (last === 'thousand') return undefined;
      total += (current || 1) * 1000;
      current = 0;
      last = 'thousand';
    } else if (m in tens) {
      if (last === 'unit' || last === 'tens' || last === 'teen') return undefined;
      current += tens[m] ?? 0;
      last = 'tens';
    } else {
      const v = units[m] ?? 0;
      // "tjugo nitton": a teen after tens is a year said in halves; two units in a row are no number.
      if (last === 'unit' || last === 'teen' || (last === 'tens' && v >= 10)) return undefined;
      current += v;
      last = v >= 10 ? 'teen' : 'unit';
    }
  }
  return total + current;
}

function swedish(text: string): string {
  text = text.replace(/(?<![\p{L}\d])(nitton|tjugo)(\p{L}+)(?![\p{L}\d])/giu, (all, century: string, rest: string) => {
    const parts = swedishMorphemes(rest);
    const n = parts && !parts.includes('hundra') && !parts.includes('tusen') ? value(parts, SV_UNITS, SV_TENS, 'hundra', 'tusen') : undefined;
    // "tjugofyra" is 24, "tjugonitton" 2019: only what is no number by itself is a year.
    if (value([century.toLowerCase(), ...(parts ?? [])], SV_UNITS, SV_TENS, 'hundra', 'tusen') !== undefined) return all;
    return year(century.toLowerCase() === 'nitton' ? 19 : 20, n) ?? all;
  });
  // Dates first: "den tjugoåttonde februari", "första mars".
  let out = text.replace(
    new RegExp(`(?<![\\p{L}])(${Object.keys(SV_ORDINALS).join('|')}|(?:tjugo|trettio)(?:första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde))\\s+(${SV_MONTHS})(?![\\p{L}])`, 'giu'),
    (all, ordinal: string, month: string) => {
      const lower = ordinal.toLowerCase();
      const day = SV_ORDINALS[lower] ?? (lower.startsWith('tjugo') ? 20 : 30) + (SV_ORDINALS[lower.replace(/^(?:tjugo|trettio)/u, '')] ?? 0);
      return day >= 1 && day <= 31 ? `${day} ${month}` : all;
    },
  );
  // Amounts and measures: a run of number words.
  // A number broken off ("Tvåtusen tre... och åttahundranittio") is left as said.
  out = out.replace(/(?<![\p{L}\d])\p{L}+(?:\s+\p{L}+)*/gu, (run, at: number, whole: string) => {
    if (brokenOff(whole, at + run.length)) return run;
    const words = run.split(/\s+/u);
    const parts: string[] = [];
    let i = 0;
    while (i < words.length) {
      // (Round 94: "flera tusen", "några hundra": a bare thousand or hundred after a word of vague quantity counts no
      // figure; "flera 1 000" read as a figure that was never said.)
      if (/^(?:tusen|hundra)$/iu.test(words[i] ?? '') && SV_VAGUE.test(words[i - 1] ?? '')) {
        parts.push(words[i] ?? '');
        i++;
        continue;
      }
      // The longest stretch of number words from here that parses as one number.
      let best: { end: number; n: number; big: boolean } | undefined;
      const morphemes: string[] = [];
      let article = false;
      for (let j = i; j < words.length; j++) {
        // "femhundra en sista gång": a separate "en"/"ett" before a word that is no number or measure is an article.
        const next = words[j + 1];
        if (j > i && /^(?:en|ett)$/iu.test(words[j] ?? '') && next !== undefined && !SV_MEASURE.test(` ${next}`) && !swedishMorphemes(next)) {
          article = true;
          break;
        }
        const m = swedishMorphemes(words[j] ?? '');
        if (!m) break;
        morphemes.push(...m);
        const n = value(morphemes, SV_UNITS, SV_TENS, 'hundra', 'tusen');
        if (n === undefined) break;
        best = { end: j + 1, n, big: morphemes.includes('hundra') || morphemes.includes('tusen') };
      }
      // "tjugo nitton", "nittio fyra nittio tre": number words that do not join are a year or a list said aloud.
      if (best && !article && best.end < words.length && swedishMorphemes(words[best.end] ?? '')) {
        for (let word = words[i]; word !== undefined && swedishMorphemes(word); word = words[++i]) parts.push(word);
        continue;
      }
      if (best) {
        const after = words.slice(best.end).join(' ');
        const measured = SV_MEASURE.test(` ${after}`) && best.n >= 10;
        if (best.big || measured || best.n >= FROM) {
          // "Hon kom hit tvåtusen nio", "för tvåtusen nitton": a year, written without a space ("2009"), unless it is an amount.
          // ("från nittonhundranittioåtta till tjugohundratvå": a year with another after "till" is a span of years, not
          // "1 998 till", an amount more, round 31.)
          const span = /^\s+till\s+(?:nittonhundra|tjugohundra|tvåtusen|(?:19|20)\d\d(?!\d))/iu.test(` ${after}`);
          const asYear = best.n >= 1900 && best.n <= 2099 && !measured && (span || !SV_AMOUNT_AFTER.test(` ${after}`));
          if (asYear) {
            parts.push(String(best.n));
            i = best.end;
            continue;
          }
          // (Round 92: "elvatusen åtta" is 11 800 and "sjutusen tre och femtio" 7 350: a lone digit word after the
          // thousands, said as a word of its own, is the hundreds, as Swedes say amounts; "tvåtusen fem" as a year stays
          // 2005 above, and "tusen och fem" is said with "och".)
          const spoken = spokenHundreds(words, i, best.end);
          parts.push(grouped(spoken?.n ?? best.n));
          i = spoken?.end ?? best.end;
          continue;
        }
      }
      parts.push(words[i] ?? '');
      i++;
    }
    return parts.join(' ');
  });
  return out;
}

/**
 * "fjortontusen åtta" → 14 800, "sjutusen tre och femtio" → 7 350: the thousands, then a digit word of its own and
 * nothing after it that joins, is how an amount is said with its hundreds left unsaid (round 92). Undefined when the
 * words from `start` to `end` are not of that shape.
 */
function spokenHundreds(words: string[], start: number, end: number): { n: number; end: number } | undefined {
  if (end - start < 2) return undefined;
  const head = words.slice(start, end - 1).flatMap((w) => swedishMorphemes(w) ?? []);
  const last = swedishMorphemes(words[end - 1] ?? '');
  if (head.at(-1) !== 'tusen' || head.includes('hundra') || !last || last.length !== 1) return undefined;
  const digit = SV_UNITS[last[0] ?? ''] ?? 0;
  // ("tusen en", "tusen ett": a word for one after the thousands is an article or "one", never the hundreds.)
  if (digit < 2 || digit > 9) return undefined;
  const thousands = value(head, SV_UNITS, SV_TENS, 'hundra', 'tusen');
  if (thousands === undefined) return undefined;
  const n = thousands + digit * 100;
  // "och femtio": the tens said after the hundreds, when no more number words follow.
  const said = words[end + 1];
  const tens = said !== undefined && /^och$/iu.test(words[end] ?? '') ? swedishMorphemes(said) : undefined;
  const more = tens ? value(tens, SV_UNITS, SV_TENS, 'hundra', 'tusen') : undefined;
  const withTens = more !== undefined && more >= 10 && more <= 99 && (words[end + 2] === undefined || !swedishMorphemes(words[end + 2] ?? ''));
  // (Not before a count's or a time's noun, "elvatusen sex månader", "femtusen två gånger", nor "öre" or "eller": no
  // amount said with its hundreds; the closing re-read of round 92.)
  if (COUNTED_AFTER.test((words[withTens ? end + 2 : end] ?? '').replace(/[.,;:!?]+$/u, ''))) return undefined;
  return withTens ? { n: n + (more ?? 0), end: end + 2 } : { n, end };
}
/** Words after a number that make it a count or a time, not an amount: months, years, days, weeks, times, hours, öre. */
const COUNTED_AFTER = /^(?:månad\p{L}*|år|åren|års|dag\p{L}*|veck\p{L}*|gång\p{L}*|timm\p{L}*|minut\p{L}*|sekund\p{L}*|öre|eller|st|stycken|personer|barn)$/iu;

// ---- English ---------------------------------------------------------------------------

const EN_UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const EN_TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const EN_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
};
const EN_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const EN_MEASURE = /^\s+(?:kronor|kr|crowns|sek|percent|years?|months|weeks|days|working days|banking days|hours|a month|a year|per month|per year)(?![\p{L}])/iu;

/** A year said in halves: "nineteen eighty-five" → 1985, "twenty twenty-five" → 2025, "tjugonitton" → 2019. */
function year(century: number, rest: number | undefined): string | undefined {
  return rest !== undefined && rest >= 10 && rest <= 99 ? String(century * 100 + rest) : undefined;
}

function english(text: string): string {
  text = text.replace(
    /(?<![\p{L}\d-])(nineteen|twenty)\s+((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?![\p{L}\d-])/giu,
    (all, century: string, rest: string) => {
      const pieces = rest.toLowerCase().split('-');
      const n = value(pieces, EN_UNITS, EN_TENS, 'hundred', 'thousand');
      return year(century.toLowerCase() === 'nineteen' ? 19 : 20, n) ?? all;
    },
  );
  // "from ninety-four to two thousand and two": a year after a preposition, not the amount "2 002" (round 8); after "up to
  // and including", after a year and "and", and opening a sentence ("Two thousand one to two thousand three") too (round 23).
  // (Twice: "two thousand two and two thousand three" reads the second after the first is a year.)
  for (let pass = 0; pass < 2; pass++) {
    text = text.replace(
      /(?<=(?:^|[^\p{L}])(?:in|from|to|since|until|till|of|for|year|including|before|after|between|during|\d{4}\s+and)\s+|^|(?<!\.)[.!?]\s+)two thousand(?:\s+and)?(?:\s+((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?(?![\p{L}\d-])(?!\s+(?:kronor|kr|crowns|sek|percent|a month|a year|per|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)(?![\p{L}]))/giu,
      (all, rest: string | undefined) => {
        const n = rest === undefined ? 0 : value(rest.toLowerCase().split('-'), EN_UNITS, EN_TENS, 'hundred', 'thousand');
        return n === undefined ? all : String(2000 + n);
      },
    );
  }
  // "a hundred and twenty", "a thousand": "a" is "one" before a hundred or a thousand.
  text = text.replace(/(?<![\p{L}])(a)\s+(hundred|thousand)(?![\p{L}])/giu, (_all, _a: string, big: string) => `one ${big}`);
  // "the eighth of September", "the twenty-first of May", "the 30th of October": "8 September".
  let out = text.replace(
    new RegExp(`(?<![\\p{L}])the\\s+(?:(twenty|thirty)-)?(${Object.keys(EN_ORDINALS).join('|')}|\\d{1,2}(?:st|nd|rd|th))\\s+of\\s+(${EN_MONTHS})(?![\\p{L}])`, 'giu'),
    (all, tens: string | undefined, ordinal: string, month: string) => {
      const lower = ordinal.toLowerCase();
      const day = (tens ? (EN_TENS[tens.toLowerCase()] ?? 0) : 0) + (EN_ORDINALS[lower] ?? parseInt(lower, 10));
      return day >= 1 && day <= 31 ? `${day} ${month}` : all;
    },
  );
  out = out.replace(/(?<![\p{L}\d-])\p{L}+(?:[\s-]+\p{L}+)*/gu, (run, at: number, whole: string) => {
    if (brokenOff(whole, at + run.length)) return run;
    const words = run.split(/(\s+)/u);
    // Tokens with their separators: [word, sep, word, sep, …]
    const tokens = words.filter((_, k) => k % 2 === 0);
    const parts: string[] = [];
    let i = 0;
    while (i < tokens.length) {
      // (Round 94: "several thousand", "a few hundred": vague, no figure, as in Swedish above.)
      if (/^(?:thousand|hundred)$/iu.test(tokens[i] ?? '') && EN_VAGUE.test(tokens[i - 1] ?? '')) {
        parts.push(tokens[i] ?? '');
        i++;
        continue;
      }
      let best: { end: number; n: number; big: boolean } | undefined;
      const morphemes: string[] = [];
      for (let j = i; j < tokens.length; j++) {
        const word = (tokens[j] ?? '').toLowerCase();
        // "one thousand and fifty": "and" inside a number, after its hundreds or thousands ("fifty and a hundred percent" are two).
        if (word === 'and' && (morphemes.includes('hundred') || morphemes.includes('thousand')) && j + 1 < tokens.length) continue;
        const pieces = word.split('-');
        if (!pieces.every((p) => p in EN_UNITS || p in EN_TENS || p === 'hundred' || p === 'thousand')) break;
        morphemes.push(...pieces);
        const n = value(morphemes, EN_UNITS, EN_TENS, 'hundred', 'thousand');
        if (n === undefined) break;
        best = { end: j + 1, n, big: morphemes.includes('hundred') || morphemes.includes('thousand') };
      }
      const isNumber = (token: string | undefined) =>
        token !== undefined && token.toLowerCase().split('-').every((p) => p in EN_UNITS || p in EN_TENS || p === 'hundred' || p === 'thousand');
      if (best && isNumber(tokens[best.end])) {
        for (let token = tokens[i]; token !== undefined && isNumber(token); token = tokens[++i]) parts.push(token);
        continue;
      }
      if (best) {
        const after = tokens.slice(best.end).join(' ');
        const measured = EN_MEASURE.test(` ${after}`) && best.n >= 10;
        if (best.big || measured || best.n >= FROM) {
          parts.push(grouped(best.n));
          i = best.end;
          continue;
        }
      }
      parts.push(tokens[i] ?? '');
      i++;
    }
    return parts.join(' ');
  });
  return out;
}
