import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DashboardQuerySchema, SentimentDashboardSchema, type DashboardQuery } from '@samtal/contracts';
import { ApiZodQuery, ZodQuery, ZodResponse } from '@samtal/platform';
import { AuthGuard, CurrentPrincipal } from '../auth/auth.guard.js';
import type { Principal } from '../auth/principal.js';
import { Roles, RolesGuard } from '../auth/roles.guard.js';
import { DashboardService } from './dashboard.service.js';

@ApiTags('dashboard')
@ApiBearerAuth()
@UseGuards(AuthGuard, RolesGuard)
@Roles('supervisor')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @ApiOperation({ summary: 'The team’s calls per hour, topics, caller sentiment, per-agent averages and alerts' })
  @ApiZodQuery(DashboardQuerySchema)
  @ZodResponse(SentimentDashboardSchema)
  get(@CurrentPrincipal() principal: Principal, @ZodQuery(DashboardQuerySchema) query: DashboardQuery) {
    return this.dashboard.get(principal, query);
  }
}
