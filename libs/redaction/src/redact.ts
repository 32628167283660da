import type { Language } from '@samtal/contracts';

export interface RedactedEntity {
  type: string;
  /** Offsets into the input text. */
  start: number;
  end: number;
}

export interface RedactionResult {
  text: string;
  entities: RedactedEntity[];
}

export interface RedactOptions {
  lang: Language;
}

/** Replaces personal data in `text` with placeholders. The rules arrive with the redaction work. */
export function redact(text: string, _options: RedactOptions): RedactionResult {
  return { text, entities: [] };
}
