import { Controller, Get, Module } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, MongooseHealthIndicator, TerminusModule } from '@nestjs/terminus';
import { NatsHealthIndicator } from '@samtal/messaging';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly nats: NatsHealthIndicator,
    private readonly mongo: MongooseHealthIndicator,
  ) {}

  /** 200 when NATS and MongoDB answer, 503 with the failing part named otherwise. */
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([() => this.nats.check('nats'), () => this.mongo.pingCheck('mongo').withTimeout(2_000)]);
  }
}

@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [NatsHealthIndicator],
})
export class HealthModule {}
