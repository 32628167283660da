import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { call } from './testing/dialogues.js';

/** One utterance through `redact` alone. */
const alone = (lang: 'sv' | 'en', text: string): string => redact(text, { lang }).text;

/**
 * Round twelve, part b: addresses by their structure (streets said by number abroad, street words
 * after the name, rooms in homes and corridors, a flat number after a pause, year-like postcodes
 * after a region), a bare street where someone only passes, and names: a relation named by a word
 * that is also a month or a noun, the same name word again, firms that say "vi heter". Sentences of
 * each mechanism's kind; the "still …" ones guard what must be kept.
 */

describe('streets said by their number abroad, and the house on them', () => {
  it('redacts the street, the house and the district before them', () => {
    expect(alone('sv', 'min syster bor i Afghanistan, Karte Se, gata 4, hus 17, i Kabul')).toBe('min syster bor i Afghanistan, [ADRESS], i Kabul');
    expect(alone('en', 'they live on street 9, house 212 now')).toBe('they live on [ADRESS] now');
  });
  it('still keeps a street word and a number said of other things', () => {
    expect(alone('sv', 'det var en gata 3 kilometer bort')).toBe('det var en gata 3 kilometer bort');
  });
});

describe('street words after the name abroad, and a number named after the street', () => {
  it('redacts Turkish and East African shapes', () => {
    expect(alone('en', 'my aunt is at Cumhuriyet Caddesi No. 45, Daire 3, in Ankara')).toBe('my aunt is at [ADRESS], in Ankara');
    expect(alone('sv', 'han bor på Bakara Road, house 12, i Mogadishu')).toBe('han bor på [ADRESS], i Mogadishu');
    expect(alone('sv', 'hon bor på Odos Athinas 14 i Pireus')).toBe('hon bor på [ADRESS] i Pireus');
    expect(alone('sv', 'adressen är ul. Krótka 5 m. 2, 31-042 Kraków')).toBe('adressen är [ADRESS], [POSTNUMMER] Kraków');
  });
  it('still keeps a road without a number', () => {
    expect(alone('en', 'I drove down Ring Road yesterday')).toBe('I drove down Ring Road yesterday');
  });
});

describe('rooms and flats', () => {
  it('redacts a room in a home or a student corridor, and a flat number said after a pause', () => {
    // (Round 73: a care home said as where someone lives is an address, the project's decision — privacy fails closed; this spec kept the home.)
    expect(alone('sv', 'mamma bor på Ekbackens vårdboende, rum 8, sen i höstas')).toBe('mamma bor på [ADRESS], sen i höstas');
    expect(alone('en', 'I have a room at Rydsvägen 20 C, room 112, in Linköping')).toBe('I have a room at [ADRESS], in Linköping');
    expect(alone('sv', 'lägenhet, eh, 1402')).toBe('[ADRESS]');
  });
  it('still keeps a flat word followed by something else than its number', () => {
    expect(alone('sv', 'lägenheten, 3 rum och kök, kostar 9 000 kronor')).toBe('lägenheten, 3 rum och kök, kostar 9 000 kronor');
  });
});

describe('a bare street where someone only passes, and streets named in words of two parts', () => {
  it('keeps a street one stands or waits on', () => {
    expect(alone('sv', 'jag sitter på Kungsgatan på ett kafé just nu')).toBe('jag sitter på Kungsgatan på ett kafé just nu');
    expect(alone('en', "I'm waiting on Hamngatan for the bus")).toBe("I'm waiting on Hamngatan for the bus");
  });
  it('still redacts a street one lives on, and a two-word street with a plural street word', () => {
    expect(alone('sv', 'jag bor på Kungsgatan')).toBe('jag bor på [ADRESS]');
    expect(alone('sv', 'vi har flyttat till Bagarmossens ängar 4, lägenhet 1203')).toBe('vi har flyttat till [ADRESS]');
  });
});

describe('postcodes that look like years, after a town and a region', () => {
  it('redacts four digits closing an address abroad', () => {
    expect(alone('en', 'Flat 2, 15 Ocean Street, Bondi, New South Wales, 2026')).toBe('[ADRESS], Bondi, New South Wales, [POSTNUMMER]');
    expect(alone('en', 'we moved to 14 Sathorn Soi 7, Bangkok, one oh one two oh')).toBe('we moved to [ADRESS], Bangkok, [POSTNUMMER]');
  });
  it('still keeps a year after a town alone', () => {
    expect(alone('sv', 'vi bodde på Storgatan 4, Umeå, 2019 flyttade vi')).toContain('2019');
  });
});

describe('names', () => {
  it('redacts a relation named by a month or a word, and the same name word again', () => {
    expect(alone('sv', 'Juni heter min dotter, hon fyller tio i juni')).toBe('[NAMN] heter min dotter, hon fyller tio i juni');
    expect(alone('en', 'Rose was my sister, she lived in Leeds')).toBe('[NAMN] was my sister, she lived in Leeds');
    expect(alone('en', 'Frank told me to call, Frank Miller, my neighbour')).toBe('[NAMN] told me to call, [NAMN], my neighbour');
  });
  it('still keeps a firm that says "vi heter", and a noun after an article in a transcript without capitals', () => {
    expect(alone('sv', 'ja, vi heter Holmgrens Bygg, vi har tre anställda')).toBe('ja, vi heter Holmgrens Bygg, vi har tre anställda');
    expect(alone('sv', 'vi såg en björn och en ros i trädgården')).toBe('vi såg en björn och en ros i trädgården');
    expect(alone('en', 'It was my husband who called')).toBe('It was my husband who called');
  });
});

describe('after round 12 (lead): where a thing is sent, a ward and room, a year after a date of birth', () => {
  it('reads the answer to "shall I send …?" as an address answer', () => {
    const [, answer] = call('sv', 'agent: Vill du att jag skickar ett nytt beslut?', 'caller: Ja, till Backen 7, Norrfjärden.');
    expect(answer).not.toMatch(/Backen/u);
    const [, en] = call('en', 'agent: Shall I post the form to you?', 'caller: Yes please, to Hillside 12, Kilmore.');
    expect(en).not.toMatch(/Hillside/u);
  });
  it('keeps an answer to a sending question that names no place', () => {
    expect(call('sv', 'agent: Ska jag skicka blanketten?', 'caller: Ja, gärna, senast den 15 april.')[1]).toBe('Ja, gärna, senast den 15 april.');
  });
  it('takes a ward and room after "bor på" as an address', () => {
    expect(alone('sv', 'Och pappa bor på avdelning C rum 22 nu.')).toBe('Och pappa bor på [ADRESS] nu.');
    expect(alone('sv', 'Hon jobbar på avdelning 3.')).toBe('Hon jobbar på avdelning 3.');
  });
  it('takes a year said after a date of birth without one', () => {
    expect(alone('en', 'My daughter, born March the 9th, this year, 2026.')).not.toContain('2026');
    expect(alone('sv', 'Beslutet kom den 9 mars, i år, 2026.')).toBe('Beslutet kom den 9 mars, i år, 2026.');
  });
});
