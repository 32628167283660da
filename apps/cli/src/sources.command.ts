import { SourceIdSchema } from '@samtal/contracts';
import { SourcesRepository } from '@samtal/store';
import { withStore } from './store-context.js';
import { Command, InvalidArgumentError } from 'commander';

async function withSources<T>(work: (repo: SourcesRepository) => Promise<T>): Promise<T> {
  return withStore((app) => work(app.get(SourcesRepository)));
}

function sourceId(id: string): string {
  const parsed = SourceIdSchema.safeParse(id);
  if (!parsed.success) throw new Error(`the source id ${parsed.error.issues[0]?.message}`);
  return id;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('a positive whole number');
  return n;
}

/** The key on standard output, alone on its line (for a script to capture); the explanation on standard error. */
function showKey(id: string, key: string, what: string): void {
  process.stderr.write(`${what} ${id}. Its key is shown this once; give it to the telephony platform as\n  Authorization: Bearer <key>\n`);
  process.stdout.write(`${key}\n`);
}

export function sourcesCommand(): Command {
  const sources = new Command('sources').description('telephony sources allowed to upload calls to ingest, each with its own API key (needs MONGO_URL)');
  sources
    .command('add')
    .description('create a source and print its API key (shown once, stored only as a hash)')
    .argument('<id>', 'the source id, recorded on every call it uploads, e.g. pbx-stockholm')
    .option('--name <name>', 'a description, e.g. the platform and site')
    .option('--uploads-per-minute <n>', 'rate quota (default: SOURCE_UPLOADS_PER_MINUTE of ingest)', positiveInt)
    .option('--mb-per-hour <n>', 'volume quota in MB (default: SOURCE_MB_PER_HOUR of ingest)', positiveInt)
    .action(async (id: string, options: { name?: string; uploadsPerMinute?: number; mbPerHour?: number }) => {
      const key = await withSources((repo) => repo.add(sourceId(id), { displayName: options.name, uploadsPerMinute: options.uploadsPerMinute, mbPerHour: options.mbPerHour }));
      showKey(id, key, 'Added source');
    });
  sources
    .command('list')
    .description('every source: id, key prefix, state, quotas (never a key or its hash)')
    .action(() =>
      withSources(async (repo) => {
        for (const s of await repo.list()) {
          const quotas = `${s.uploadsPerMinute ?? 'default'}/min\t${s.mbPerHour ?? 'default'} MB/h`;
          process.stdout.write(`${s._id}\t${s.keyPrefix}…\t${s.revoked ? 'revoked' : 'active'}\t${quotas}\t${s.keyCreatedAt.toISOString()}\t${s.displayName}\n`);
        }
      }),
    );
  sources
    .command('rotate')
    .description('give a source a new key and print it; the old key stops working at once')
    .argument('<id>')
    .action(async (id: string) => {
      const key = await withSources((repo) => repo.rotate(id));
      if (!key) throw new Error(`no source ${id}`);
      showKey(id, key, 'New key for source');
    });
  sources
    .command('revoke')
    .description('stop a source from uploading (its calls stay; rotate gives it a key again)')
    .argument('<id>')
    .action((id: string) =>
      withSources(async (repo) => {
        if (!(await repo.revoke(id))) throw new Error(`no source ${id}`);
        process.stdout.write(`source ${id} revoked\n`);
      }),
    );
  return sources;
}
