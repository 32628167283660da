import { Controller, Get, UseGuards } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OTHER, defaultTaxonomy, loadTaxonomy } from '@samtal/journal';
import { AuthGuard } from './auth.guard.js';
import type { UiApiEnv } from './ui-api.config.js';

/** The deployment's topics, for the agent's topic picker and the supervisor's filter. */
@ApiTags('topics')
@ApiBearerAuth()
@UseGuards(AuthGuard)
@Controller('topics')
export class TopicsController {
  private readonly topics: { key: string; label: { sv: string; en: string } }[];

  constructor(config: ConfigService<UiApiEnv, true>) {
    const path = config.get('JOURNAL_TAXONOMY', { infer: true });
    const taxonomy = path ? loadTaxonomy(path) : defaultTaxonomy();
    this.topics = [...taxonomy.topics.map(({ key, label }) => ({ key, label })), { key: OTHER, label: taxonomy.other.label }];
  }

  @Get()
  @ApiOperation({ summary: 'Topic keys and their names in Swedish and English' })
  list() {
    return this.topics;
  }
}
