import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CallEvents } from './call-events.js';
import { LiveGateway } from './live.gateway.js';

/** The live channel: Socket.IO for browsers, fed by the gateway's own JetStream consumers. */
@Module({
  imports: [AuthModule],
  providers: [LiveGateway, CallEvents],
  exports: [LiveGateway],
})
export class LiveModule {}
