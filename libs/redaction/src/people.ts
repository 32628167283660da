/**
 * Relatives and those as near (a partner, a neighbour), in Swedish and English, indefinite: the one list that names.ts's
 * `RELATIONS`, cues.ts's `PERSON_BREAKS` and addresses.ts's `PERSON_SUBJECTS` are built on, each adding its own words. It
 * imports nothing, so cues.ts may use it without the cycle through names.ts and addresses.ts. (Not "man": also the pronoun
 * "one", so each set says whether it takes it.)
 */
export const RELATIVES: readonly string[] = [
  'mamma', 'pappa', 'mor', 'far', 'dotter', 'son', 'fru', 'make', 'maka', 'sambo', 'pojkvän', 'flickvän', 'bror', 'syster',
  'mormor', 'farmor', 'morfar', 'farfar', 'moster', 'faster', 'morbror', 'farbror', 'kusin',
  'barnbarn', 'sonson', 'dotterdotter', 'brorson', 'systerson', 'brorsdotter', 'systerdotter',
  'svärson', 'svärdotter', 'svärmor', 'svärfar', 'svåger', 'svägerska', 'granne',
  'mother', 'mum', 'mom', 'father', 'dad', 'daughter', 'wife', 'husband', 'partner', 'boyfriend', 'girlfriend', 'brother', 'sister',
  'grandmother', 'grandfather', 'grandma', 'grandad', 'granny', 'aunt', 'uncle', 'cousin', 'nephew', 'niece',
  'grandson', 'granddaughter', 'stepson', 'stepdaughter', 'neighbour', 'neighbor',
];
