import { Module } from '@nestjs/common';
import { AuthModule } from './auth/auth.module.js';
import { CallsModule } from './calls/calls.module.js';
import { LiveModule } from './live/live.module.js';
import { OpsModule } from './ops/ops.module.js';

/** The browser's API, by concern: auth, calls (with dashboard and topics), live (Socket.IO), ops. */
@Module({ imports: [AuthModule, CallsModule, LiveModule, OpsModule] })
export class UiApiModule {}
