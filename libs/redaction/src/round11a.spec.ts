import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round eleven, part a: identifiers and the numbers that must be kept. Sentences of each
 * mechanism's kind (numbers invented, checksums valid where they must be); the "still …" ones
 * guard what must be kept.
 */

describe('an office is no account', () => {
  it('keeps a form number after an office named earlier in the sentence', () => {
    expect(one('sv', 'Jag var på servicekontoret i Luleå och fick blankett 7101.')).toBe('Jag var på servicekontoret i Luleå och fick blankett 7101.');
    expect(one('sv', 'På Storgatan-kontoret gav de mig SKV 4820 att fylla i.')).toBe('På Storgatan-kontoret gav de mig SKV 4820 att fylla i.');
  });
  it('still reads a number after an account word as the account', () => {
    expect(one('sv', 'Mitt sparkonto slutar på 8872.')).toBe('Mitt sparkonto slutar på [BANKKONTO].');
  });
});

describe('where money is paid to', () => {
  it('takes the number after "betalas till", "pay it into", whatever the sum was called', () => {
    expect(one('sv', 'Avgiften betalas in till tre fyra, femtiosex, sjuttioåtta, nittioett varje kvartal.')).toBe('Avgiften betalas in till [BANKGIRO] varje kvartal.');
    expect(one('en', 'The rent, you pay it into 6402 1538, the landlord told me.')).toBe('The rent, you pay it into [BANKGIRO], the landlord told me.');
  });
  it('still keeps an amount or a date after "till"', () => {
    expect(one('sv', 'Jag betalade till slut 12 500 kronor.')).toBe('Jag betalade till slut 12 500 kronor.');
    expect(one('sv', 'Hyran är 7 450 och ska betalas till den 28:e.')).toBe('Hyran är 7 450 och ska betalas till den 28:e.');
  });
});

describe('a giro read in pairs', () => {
  it('takes seven or eight digits read in pieces of one or two that pass the Luhn check', () => {
    expect(one('sv', 'Det är tjugosju, fyrtioett, åttionio, sextioett.')).toBe('Det är [BANKGIRO].');
  });
  it('still keeps sums said in a row', () => {
    expect(one('sv', 'Hon fick 14 200 i juni och 3 100 i juli.')).toBe('Hon fick 14 200 i juni och 3 100 i juli.');
  });
});

describe('document numbers with letters', () => {
  it('takes letters and digits spelled one by one, mixed, after the cue', () => {
    expect(one('en', 'The permit number is B 7 K 4 4 0 9 1 2.')).toBe('The permit number is [ID-NUMMER].');
  });
  it('takes a word of letters and digits interleaved, with no cue', () => {
    expect(one('sv', 'Jag skickade en kopia på L01X00T47 i går.')).toBe('Jag skickade en kopia på [ID-NUMMER] i går.');
    expect(one('en', 'It says X9R441A02 on the card from Kraków.')).toBe('It says [ID-NUMMER] on the card from Kraków.');
  });
  it('still keeps form codes and gadgets', () => {
    expect(one('sv', 'Blankett SKV4820 ligger på webben, och jag har 4G hemma.')).toBe('Blankett SKV4820 ligger på webben, och jag har 4G hemma.');
  });
});

describe('an e-mail address begun and said again', () => {
  it('takes the written false start that shares a word with the address', () => {
    expect(one('en', "It's d.ferreira.pt... sorry, d dot ferreira at sapo dot pt.")).toBe("It's [EPOST]... sorry, [EPOST].");
  });
  it('takes a dotted name and ending where the turn talks of mail', () => {
    expect(one('sv', 'Min mejl är typ g.nyberg.se, jag minns inte exakt.')).toBe('Min mejl är typ [EPOST], jag minns inte exakt.');
  });
  it('still keeps the agencies\u2019 sites', () => {
    expect(one('sv', 'Läs på forsakringskassan.se eller mejla via www.minpension.se.')).toBe('Läs på forsakringskassan.se eller mejla via www.minpension.se.');
  });
});

describe('a personnummer corrected at its start', () => {
  it('takes a date one digit off the number said after it', () => {
    expect(call('sv', 'caller: Det är 64 08 24, nej förlåt, det är 640823-1238.')[0]).toBe('Det är [PERSONNUMMER], nej förlåt, det är [PERSONNUMMER].');
  });
  it('still keeps a number further off', () => {
    expect(call('sv', 'caller: Personnumret är 640823-1238.', 'caller: Och jag fick 512 300 kronor i arv.')[1]).toBe('Och jag fick 512 300 kronor i arv.');
  });
});

describe('numbers a keeping cue names', () => {
  it('keeps an OCR number read digit by digit; a door code is part of an address (round 23: five blind sets mark it so)', () => {
    expect(one('sv', 'OCR-numret är fyra sju tre, åtta åtta ett, noll två.')).toBe('OCR-numret är fyra sju tre, åtta åtta ett, noll två.');
    expect(one('sv', 'Portkoden är ett nio fem två noll tre sju.')).toBe('Portkoden är [ADRESS].');
    expect(one('en', 'The door code is 4 4 7 1 9 0 2.')).toBe('The door code is [ADRESS].');
  });
  it('still redacts a checksum-valid personnummer whatever cue is near', () => {
    expect(one('sv', 'OCR-numret, nej förresten mitt personnummer, 640823-1238.')).toBe('OCR-numret, nej förresten mitt personnummer, [PERSONNUMMER].');
  });
});
