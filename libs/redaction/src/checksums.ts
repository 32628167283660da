import personnummer from 'personnummer';
import { isValidIBAN } from 'ibantools';
import kontonummer from 'kontonummer';

// The package is CommonJS with `module.exports = Personnummer`, but its types declare a default
// export: at run time the import is the class itself.
const Personnummer = personnummer as unknown as typeof personnummer.default;

/** The Luhn (mod 10) check used by personnummer, cards, bankgiro and plusgiro. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = digits.length - 1, double = false; i >= 0; i--, double = !double) {
    let d = digits.charCodeAt(i) - 48;
    if (double && (d *= 2) > 9) d -= 9;
    sum += d;
  }
  return digits.length > 1 && sum % 10 === 0;
}

export type PersonalNumberKind = 'personnummer' | 'samordningsnummer' | 'organisationsnummer';

/**
 * What a 10- or 12-digit number is, if its date (or organisation shape) and check digit hold:
 * a personnummer, a samordningsnummer (day + 60) or an organisationsnummer (month digits 20+).
 * `plus` marks the separator of people aged 100 or more.
 */
export function personalNumberKind(digits: string, plus = false): PersonalNumberKind | undefined {
  if (digits.length === 12) {
    if (digits.startsWith('16')) return organisationKind(digits.slice(2));
    if (!/^(18|19|20)/.test(digits)) return undefined;
  } else if (digits.length !== 10) {
    return undefined;
  }
  const short = digits.slice(-10);
  // The check digit first: cheap, and most digit strings fail it (the library throws on them).
  if (!luhnValid(short)) return undefined;
  if (Number(short.slice(2, 4)) >= 20) return digits.length === 10 ? organisationKind(short) : undefined;
  const formatted = digits.length === 12 ? `${digits.slice(0, 8)}-${digits.slice(8)}` : `${short.slice(0, 6)}${plus ? '+' : '-'}${short.slice(6)}`;
  if (!Personnummer.valid(formatted)) return undefined;
  return Number(short.slice(4, 6)) > 60 ? 'samordningsnummer' : 'personnummer';
}

function organisationKind(ten: string): 'organisationsnummer' | undefined {
  return Number(ten.slice(2, 4)) >= 20 && luhnValid(ten) ? 'organisationsnummer' : undefined;
}

/** An interim number ("reservnummer"): a date and a letter in place of the first of the last four digits. */
export function isInterimNumber(text: string): boolean {
  return Personnummer.valid(text, { allowCoordinationNumber: true, allowInterimNumber: true });
}

export function isIban(compact: string): boolean {
  return isValidIBAN(compact);
}

/**
 * Only the IBAN's mod-97 check digits ("ES31 1465 …" read with a digit of its inner check misheard,
 * or a length its country does not use): 15 to 34 characters, two letters, two check digits.
 */
export function ibanCheckDigitsHold(compact: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let rest = 0;
  for (const c of rearranged) {
    const v = c >= 'A' && c <= 'Z' ? c.charCodeAt(0) - 55 : c.charCodeAt(0) - 48;
    rest = (v >= 10 ? rest * 100 + v : rest * 10 + v) % 97;
  }
  return rest === 1;
}

// Its ES build sits in a package without "type": "module", so the types describe the default import as a CommonJS
// namespace; at run time the import is the class itself.
const Kontonummer = kontonummer as unknown as typeof kontonummer.default;
/** A bank's name squeezed for comparing what is said with Bankgirot's list ("Danske Bank" → "danskebank"). */
const squeezed = (name: string): string => name.toLowerCase().replace(/[\s&-]/gu, '');
/**
 * Whether `clearing` is one of the named bank's clearing numbers, by Bankgirot's list (`kontonummer`): "Danske" and
 * "Länsförsäkringar" name "Danske Bank" and "Länsförsäkringar Bank". A savings bank is not checked (they clear through
 * Swedbank or their own numbers): undefined. The caller passes only names `isBankName` knows, all of them on the list.
 */
export function clearingOfBank(clearing: number, spokenBank: string): boolean | undefined {
  const bank = squeezed(spokenBank);
  if (bank.endsWith('sparbanken')) return undefined;
  try {
    return squeezed(Kontonummer.getSortingCodeInfo(clearing).bankName).startsWith(bank);
  } catch {
    return false; // no Swedish bank clears with this number
  }
}

/**
 * Ten figures or twelve (18, 19 or 20 first) whose date part is a date, a samordningsnummer's day (61–91) too, whatever the check
 * digit says: a personal number misread or misheard is still someone's (review 73: never kept as a case number).
 */
export function personalNumberShaped(digits: string): boolean {
  if (digits.length !== 10 && !(digits.length === 12 && /^(?:18|19|20)/u.test(digits))) return false;
  return personalMonthAndDay(digits.slice(-8, -4));
}

/** "0312", "0372": a month and a day as a personal number has them, a samordningsnummer's day (61–91) too. */
export function personalMonthAndDay(mmdd: string): boolean {
  const month = Number(mmdd.slice(0, 2));
  const day = Number(mmdd.slice(2, 4));
  return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
}

/**
 * A British NHS number: ten digits, the last a mod-11 check on the nine before it (weights 10 down to 2; a check of 10 is
 * never issued). Review 79: a checksum-valid NHS number given for a case's number is still the person's own.
 */
export function nhsNumberValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const sum = [...digits.slice(0, 9)].reduce((total, d, i) => total + Number(d) * (10 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return check !== 10 && check === Number(digits[9]);
}

const PESEL_WEIGHTS = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
/**
 * A Polish PESEL: eleven digits, a date (the month plus 20 for the 2000s) and a check digit that holds
 * (round 75). A checksum-valid identifier is redacted whatever is said around it.
 */
export function isPesel(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const d = [...digits].map(Number);
  // (Born 1900–2099: the month as it is, or plus 20; "07700 900 461", a UK mobile, has no month 70.)
  const month = d[2]! * 10 + d[3]!;
  const day = d[4]! * 10 + d[5]!;
  if (month % 20 < 1 || month % 20 > 12 || month > 32 || day < 1 || day > 31) return false;
  return (10 - (PESEL_WEIGHTS.reduce((sum, w, i) => sum + w * d[i]!, 0) % 10)) % 10 === d[10];
}

const HETU_CHECKS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
/**
 * A Finnish henkilötunnus: a date (DDMMYY), three figures and a check character, the nine figures mod 31 (round 91). `check`
 * is the character said after the figures, a digit or a letter. A checksum-valid identifier is redacted whatever is said around it.
 */
export function henkilotunnusHolds(figures: string, check: string): boolean {
  if (!/^\d{9}$/u.test(figures) || check.length !== 1) return false;
  const day = Number(figures.slice(0, 2));
  const month = Number(figures.slice(2, 4));
  if (day < 1 || day > 31 || month < 1 || month > 12) return false;
  return HETU_CHECKS[Number(figures) % 31] === check.toUpperCase();
}
