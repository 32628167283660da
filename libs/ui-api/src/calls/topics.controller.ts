import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TopicListSchema } from '@samtal/contracts';
import { ZodResponse } from '@samtal/platform';
import { AuthGuard } from '../auth/auth.guard.js';
import { Topics } from './topics.service.js';

/** The deployment's topics, for the agent's topic picker and the supervisor's filter. */
@ApiTags('topics')
@ApiBearerAuth()
@UseGuards(AuthGuard)
@Controller('topics')
export class TopicsController {
  constructor(private readonly topics: Topics) {}

  @Get()
  @ApiOperation({ summary: 'Topic keys and their names in Swedish and English' })
  @ZodResponse(TopicListSchema)
  list() {
    return this.topics.list;
  }
}
