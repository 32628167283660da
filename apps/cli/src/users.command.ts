import { ROLES, UsersRepository, type UserRole } from '@samtal/store';
import { hashPassword } from '@samtal/ui-api';
import { withStore } from './store-context.js';
import { Command, Option } from 'commander';
import { text } from 'node:stream/consumers';

const MIN_PASSWORD_LENGTH = 12;

async function withUsers<T>(work: (repo: UsersRepository) => Promise<T>): Promise<T> {
  return withStore((app) => work(app.get(UsersRepository)));
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
