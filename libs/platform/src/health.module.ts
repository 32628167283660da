import { Controller, Get, Global, Injectable, Module, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, MongooseHealthIndicator, TerminusModule, type HealthCheckResult } from '@nestjs/terminus';
import { NatsHealthIndicator } from '@samtal/messaging';

/** This process's own health: NATS and MongoDB, as it reaches them. */
@Injectable()
export class LocalHealth {
  constructor(
    private readonly health: HealthCheckService,
    private readonly nats: NatsHealthIndicator,
    private readonly mongo: MongooseHealthIndicator,
  ) {}

  /** Throws 503 (with the failing part named) when one does not answer. */
  check(): Promise<HealthCheckResult> {
    return this.health.check([() => this.nats.check('nats'), () => this.mongo.pingCheck('mongo').withTimeout(2_000)]);
  }

  /** The same, as a result whatever it is (for a status page). */
  async report(): Promise<HealthCheckResult> {
    try {
      return await this.check();
    } catch (err) {
      if (err instanceof ServiceUnavailableException) return err.getResponse() as HealthCheckResult;
      throw err;
    }
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly local: LocalHealth) {}

  /** 200 when NATS and MongoDB answer, 503 with the failing part named otherwise. */
  @Get()
  @HealthCheck()
  check() {
    return this.local.check();
  }
}

@Global()
@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [NatsHealthIndicator, LocalHealth],
  exports: [LocalHealth],
})
export class HealthModule {}
