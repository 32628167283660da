/**
 * What redaction finds, and the placeholder each kind becomes. The placeholders are part of
 * Samtal's interface (drafts, UI, exports): never rename one, only add.
 */
export const PLACEHOLDERS = {
  personnummer: '[PERSONNUMMER]',
  samordningsnummer: '[SAMORDNINGSNUMMER]',
  organisationsnummer: '[ORGANISATIONSNUMMER]',
  phone: '[TELEFON]',
  email: '[EPOST]',
  bankAccount: '[BANKKONTO]',
  iban: '[IBAN]',
  bankgiro: '[BANKGIRO]',
  plusgiro: '[PLUSGIRO]',
  card: '[KORTNUMMER]',
  /** A long number given as an identifier that fits no known format. */
  idNumber: '[ID-NUMMER]',
  name: '[NAMN]',
  address: '[ADRESS]',
  postcode: '[POSTNUMMER]',
  dateOfBirth: '[FÖDELSEDATUM]',
  /** Only with the `towns` policy. */
  town: '[ORT]',
} as const;

export type EntityType = keyof typeof PLACEHOLDERS;
export const ENTITY_TYPES = Object.keys(PLACEHOLDERS) as EntityType[];

/** Types that identify a person or an account on their own. */
export const IDENTIFIER_TYPES: readonly EntityType[] = [
  'personnummer',
  'samordningsnummer',
  'organisationsnummer',
  'phone',
  'email',
  'bankAccount',
  'iban',
  'bankgiro',
  'plusgiro',
  'card',
  'idNumber',
];

export interface RedactedEntity {
  type: EntityType;
  /** Offsets into the input text (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
}
