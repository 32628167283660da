import { Module, type DynamicModule, type ModuleMetadata, type Type } from '@nestjs/common';
import { OpsMonitoringController } from './ops-monitoring.controller.js';
import { CallReplay, OpsController } from './ops.controller.js';
import { UiApiModule } from './ui-api.module.js';

/**
 * The ops API (`/ops/…`): failed jobs and replay, queue depth and lag, service health.
 * The app names the queue that replays calls and the module providing it.
 */
@Module({})
export class OpsModule {
  static forRoot(options: { imports: ModuleMetadata['imports']; queue: Type<CallReplay> }): DynamicModule {
    return {
      module: OpsModule,
      imports: [UiApiModule, ...(options.imports ?? [])],
      controllers: [OpsController, OpsMonitoringController],
      providers: [{ provide: CallReplay, useExisting: options.queue }],
    };
  }
}
