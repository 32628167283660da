import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { UsersRepository } from '@samtal/store';
import { hashPassword } from './password.js';
import type { UiApiEnv } from '../ui-api.config.js';

/** The demo's users, all with `DEMO_PASSWORD`. */
export const DEMO_USERS = [
  { _id: 'anna', displayName: 'Anna Andersson', role: 'agent', team: 'pension-1' },
  { _id: 'bertil', displayName: 'Bertil Berg', role: 'agent', team: 'pension-1' },
  { _id: 'cecilia', displayName: 'Cecilia Chen', role: 'agent', team: 'pension-2' },
  { _id: 'sara', displayName: 'Sara Svensson', role: 'supervisor', team: 'pension-1' },
  { _id: 'olle', displayName: 'Olle Olsson', role: 'ops', team: 'drift' },
] as const;

/** Seeds the demo users when `SEED_DEMO_USERS=true` (demo and tests only). */
@Injectable()
export class DemoUsers implements OnApplicationBootstrap {
  private readonly log = new Logger(DemoUsers.name);

  constructor(
    private readonly users: UsersRepository,
    private readonly config: ConfigService<UiApiEnv, true>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.get('SEED_DEMO_USERS', { infer: true })) return;
    const passwordHash = await hashPassword(this.config.get('DEMO_PASSWORD', { infer: true }));
    for (const user of DEMO_USERS) await this.users.upsert({ ...user, passwordHash });
    this.log.warn(`seeded ${DEMO_USERS.length} demo users (SEED_DEMO_USERS=true): not for production`);
  }
}
