import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { mongoEnvSchema, validateEnv } from '@samtal/platform';
import { ROLES, StoreModule, UsersRepository, type UserRole } from '@samtal/store';
import { hashPassword } from '@samtal/ui-api';
import { Command, Option } from 'commander';
import { text } from 'node:stream/consumers';

const MIN_PASSWORD_LENGTH = 12;

@Module({})
class UsersModule {}

/** The user store in MongoDB (MONGO_URL), validated as the module is made. */
function usersModule(): DynamicModule {
  const { MONGO_URL } = validateEnv(mongoEnvSchema)(process.env);
  return { module: UsersModule, imports: [StoreModule.forRootAsync({ useFactory: () => ({ uri: MONGO_URL }) })] };
}

async function withUsers<T>(work: (users: UsersRepository) => Promise<T>): Promise<T> {
  const app = await NestFactory.createApplicationContext(usersModule(), { logger: ['error', 'warn'] });
  try {
    return await work(app.get(UsersRepository));
  } finally {
    await app.close();
  }
}

/** The password: from SAMTAL_USER_PASSWORD, else the first line on standard input (never an argument: it would show in `ps`). */
async function readPassword(): Promise<string> {
  const password = process.env['SAMTAL_USER_PASSWORD'] ?? (await text(process.stdin)).split('\n')[0] ?? '';
  if (password.length < MIN_PASSWORD_LENGTH) throw new Error(`the password must have at least ${MIN_PASSWORD_LENGTH} characters`);
  return password;
}

export function usersCommand(): Command {
  const users = new Command('users').description("the gateway's built-in user store (needs MONGO_URL)");
  users
    .command('add')
    .description('create a user or replace one (password from SAMTAL_USER_PASSWORD or the first line of standard input)')
    .argument('<id>', 'login name; for agents, the id the telephony platform sends as agentId')
    .addOption(new Option('--role <role>', 'what the user may do').choices([...ROLES]).makeOptionMandatory())
    .requiredOption('--team <team>', 'the team (a supervisor sees their team’s calls)')
    .option('--name <name>', 'the name shown in the UI')
    .action(async (id: string, options: { role: UserRole; team: string; name?: string }) => {
      if (!/^[\w.@-]{1,100}$/.test(id)) throw new Error('the id may use letters, digits and . _ @ - (at most 100)');
      const passwordHash = await hashPassword(await readPassword());
      await withUsers((repo) => repo.upsert({ _id: id, displayName: options.name ?? id, role: options.role, team: options.team, passwordHash }));
      process.stdout.write(`user ${id} (${options.role}, ${options.team}) saved\n`);
    });
  users
    .command('list')
    .description('every user, without password hashes')
    .action(() =>
      withUsers(async (repo) => {
        for (const u of await repo.list()) process.stdout.write(`${u._id}\t${u.role}\t${u.team}\t${u.displayName}${u.disabled ? '\tdisabled' : ''}\n`);
      }),
    );
  users
    .command('disable')
    .description('stop a user from signing in (their audit trail stays)')
    .argument('<id>')
    .action((id: string) =>
      withUsers(async (repo) => {
        if (!(await repo.disable(id))) throw new Error(`no user ${id}`);
        process.stdout.write(`user ${id} disabled\n`);
      }),
    );
  return users;
}
