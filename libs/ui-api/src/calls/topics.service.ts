import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { journalEditSchema, type Topic } from '@samtal/contracts';
import { OTHER, defaultTaxonomy, loadTaxonomy } from '@samtal/journal';
import type { UiApiEnv } from '../ui-api.config.js';

/** The deployment's topics (`JOURNAL_TAXONOMY`, else the built-in ones): the picker's list, and what an edit may name. */
@Injectable()
export class Topics {
  readonly list: Topic[];
  /** An agent's edit, with its topic checked against these keys (400 otherwise). */
  readonly editSchema: ReturnType<typeof journalEditSchema>;

  constructor(config: ConfigService<UiApiEnv, true>) {
    const path = config.get('JOURNAL_TAXONOMY', { infer: true });
    const taxonomy = path ? loadTaxonomy(path) : defaultTaxonomy();
    this.list = [...taxonomy.topics.map(({ key, label }) => ({ key, label })), { key: OTHER, label: taxonomy.other.label }];
    this.editSchema = journalEditSchema([OTHER, ...taxonomy.topics.map((t) => t.key)]);
  }
}
