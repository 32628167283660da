import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { copyFile, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describeModel, readGgmlHeader } from './ggml.js';

/** A Whisper model in ggml format that `samtal models download` knows. */
export interface CatalogueModel {
  name: string;
  url: string;
  /** Pinned checksum of the file; a download that does not match is discarded. */
  sha256?: string;
  bytes: number;
  /** What whisper.cpp will report for it (size and language family). */
  kind: string;
  description: string;
}

/**
 * Samtal's default for Swedish. KBLab's models are OpenAI's Whisper fine-tuned on
 * 50,000 hours of Swedish speech; on Swedish they make a fraction of the errors of
 * OpenAI's models of the same size (see the README).
 */
export const DEFAULT_MODEL = 'kb-whisper-small';

export const MODEL_CATALOGUE: readonly CatalogueModel[] = [
  {
    name: 'kb-whisper-base',
    url: 'https://huggingface.co/KBLab/kb-whisper-base/resolve/main/ggml-model.bin',
    bytes: 147_964_211,
    kind: 'base',
    description: 'KBLab Swedish Whisper base (f16): fast, good Swedish',
  },
  {
    name: 'kb-whisper-small',
    url: 'https://huggingface.co/KBLab/kb-whisper-small/resolve/main/ggml-model.bin',
    bytes: 488_281_415,
    kind: 'small',
    description: 'KBLab Swedish Whisper small (f16): the default, much better Swedish than base',
  },
  {
    name: 'base',
    url: 'https://huggingface.co/ggerganov/whisper.cpp/resolve/main/ggml-base.bin',
    sha256: '60ed5bc3dd14eea856493d334349b405782ddcaf0028d4b5df4088345fba2efe',
    bytes: 147_951_465,
    kind: 'base',
    description: 'OpenAI Whisper base, multilingual: for English-heavy sites; weak on Swedish',
  },
  {
    name: 'small',
    url: 'https://huggingface.co/ggerganov/whisper.cpp/resolve/main/ggml-small.bin',
    sha256: '1be3a9b2063867b937e64e2ec7483364a79917e157fa98c5d94b5c1fffea987b',
    bytes: 487_601_967,
    kind: 'small',
    description: 'OpenAI Whisper small, multilingual',
  },
];

export function catalogueEntry(name: string): CatalogueModel | undefined {
  return MODEL_CATALOGUE.find((m) => m.name === name);
}

/** Where models live: `SAMTAL_MODELS_DIR`, else the user's data directory. */
export function modelsDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env['SAMTAL_MODELS_DIR']) return resolve(env['SAMTAL_MODELS_DIR']);
  const data = env['XDG_DATA_HOME'] || join(homedir(), '.local', 'share');
  return join(data, 'samtal', 'models');
}

const modelFile = (dir: string, name: string) => join(dir, `${name}.bin`);
/** The checksum taken when a model was installed, so `verify` notices later damage. */
const checksumFile = (dir: string, name: string) => join(dir, `${name}.bin.sha256`);

export class ModelNotFound extends Error {
  constructor(spec: string, dir: string) {
    super(
      `Whisper model "${spec}" not found (models directory: ${dir}). ` +
        `Install one with \`samtal models download ${catalogueEntry(spec) ? spec : DEFAULT_MODEL}\`, ` +
        'or on an offline machine `samtal models import <file>`.',
    );
    this.name = 'ModelNotFound';
  }
}

/** A model given as a file path, or by name from the models directory. */
export function resolveModelPath(spec: string, dir = modelsDir()): string {
  const looksLikePath = spec.includes('/') || spec.endsWith('.bin');
  const path = looksLikePath ? resolve(spec) : modelFile(dir, spec);
  if (!existsSync(path)) throw new ModelNotFound(spec, dir);
  return path;
}

export async function sha256File(path: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(path), hash);
  return hash.digest('hex');
}

export interface ModelCheck {
  name: string;
  path: string;
  ok: boolean;
  /** What whisper.cpp will see, e.g. `small` (from the file's header). */
  kind?: string;
  sha256?: string;
  problem?: string;
}

/** Checks a model file: a readable ggml header, and the checksum it must have, if one is known. */
export async function checkModelFile(path: string, expectedSha256?: string, name = basename(path, '.bin')): Promise<ModelCheck> {
  let kind: string;
  try {
    const file = await open(path, 'r');
    const head = Buffer.alloc(1024 * 1024);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    await file.close();
    kind = describeModel(readGgmlHeader(head.subarray(0, bytesRead)).hparams);
  } catch (err) {
    return { name, path, ok: false, problem: err instanceof Error ? err.message : String(err) };
  }
  const sha256 = await sha256File(path);
  if (expectedSha256 && sha256 !== expectedSha256) {
    return { name, path, ok: false, kind, sha256, problem: `checksum mismatch: expected ${expectedSha256}, got ${sha256}` };
  }
  return { name, path, ok: true, kind, sha256 };
}

export interface InstalledModel {
  name: string;
  path: string;
  bytes: number;
  catalogue?: CatalogueModel;
}

export async function listInstalled(dir = modelsDir()): Promise<InstalledModel[]> {
  let files: string[];
  try {
    files = await readdir(dir);
  } catch {
    return [];
  }
  const models: InstalledModel[] = [];
  for (const file of files.filter((f) => f.endsWith('.bin')).sort()) {
    const name = file.slice(0, -'.bin'.length);
    models.push({ name, path: join(dir, file), bytes: (await stat(join(dir, file))).size, catalogue: catalogueEntry(name) });
  }
  return models;
}

/** Checks every installed model against its pinned checksum, or the one taken at install. */
export async function verifyInstalled(dir = modelsDir(), only?: string): Promise<ModelCheck[]> {
  const models = (await listInstalled(dir)).filter((m) => !only || m.name === only);
  if (only && models.length === 0) throw new ModelNotFound(only, dir);
  const checks: ModelCheck[] = [];
  for (const model of models) {
    const recorded = await readFile(checksumFile(dir, model.name), 'utf8').then((s) => s.trim(), () => undefined);
    checks.push(await checkModelFile(model.path, model.catalogue?.sha256 ?? recorded, model.name));
  }
  return checks;
}

async function install(dir: string, name: string, partial: string, sha256: string): Promise<string> {
  const target = modelFile(dir, name);
  await rename(partial, target);
  await writeFile(checksumFile(dir, name), `${sha256}\n`);
  return target;
}

export interface DownloadOptions {
  dir?: string;
  /** For a catalogue model without a pinned checksum: the one published beside the file. */
  sha256?: string;
  /** Overrides the catalogue URL (a mirror inside the agency's network). */
  url?: string;
  onProgress?: (received: number, total: number | undefined) => void;
  fetch?: typeof fetch;
}

/**
 * Downloads a catalogue model into the models directory, streaming to a partial file
 * while hashing, and installs it only if its checksum matches. Nothing half-written is
 * ever left under the model's name.
 */
export async function downloadModel(name: string, options: DownloadOptions = {}): Promise<ModelCheck> {
  const entry = catalogueEntry(name);
  if (!entry) throw new Error(`unknown model "${name}"; known: ${MODEL_CATALOGUE.map((m) => m.name).join(', ')}`);
  const expected = (entry.sha256 ?? options.sha256)?.toLowerCase();
  if (!expected) {
    throw new Error(
      `${name} has no pinned checksum yet: copy the SHA256 shown on its file page (${entry.url.replace('/resolve/', '/blob/')}) ` +
        'and run again with --sha256 <hex>',
    );
  }
  const dir = options.dir ?? modelsDir();
  await mkdir(dir, { recursive: true });
  const partial = join(dir, `.${name}.bin.partial`);
  const response = await (options.fetch ?? fetch)(options.url ?? entry.url, { redirect: 'follow' });
  if (!response.ok || !response.body) throw new Error(`download of ${name} failed: HTTP ${response.status}`);
  const total = Number(response.headers.get('content-length')) || undefined;
  const hash = createHash('sha256');
  let received = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      received += chunk.length;
      options.onProgress?.(received, total);
      done(null, chunk);
    },
  });
  try {
    await pipeline(Readable.fromWeb(response.body as never), meter, createWriteStream(partial));
    const sha256 = hash.digest('hex');
    if (sha256 !== expected) throw new Error(`checksum mismatch for ${name}: expected ${expected}, got ${sha256}; the download was discarded`);
    const check = await checkModelFile(partial, expected, name);
    if (!check.ok) throw new Error(`${name} is not a usable model: ${check.problem}`);
    return { ...check, path: await install(dir, name, partial, sha256) };
  } finally {
    await rm(partial, { force: true });
  }
}

/**
 * Installs a model file copied in by hand (air-gapped machines). A file matching a
 * catalogue checksum takes that model's name; any other must be a readable ggml model
 * and is installed under the name given.
 */
export async function importModel(file: string, options: { dir?: string; name?: string } = {}): Promise<ModelCheck> {
  const dir = options.dir ?? modelsDir();
  const check = await checkModelFile(file);
  if (!check.ok) throw new Error(`${file} is not a usable Whisper model: ${check.problem}`);
  const known = MODEL_CATALOGUE.find((m) => m.sha256 === check.sha256);
  const name = options.name ?? known?.name ?? basename(file).replace(/\.bin$/, '').replace(/^ggml-/, '');
  const pinned = catalogueEntry(name)?.sha256;
  if (pinned && pinned !== check.sha256) {
    throw new Error(`${file} is not ${name}: checksum ${check.sha256}, expected ${pinned}`);
  }
  if (!/^[\w.-]+$/.test(name)) throw new Error(`invalid model name "${name}": use letters, digits, '.', '_' and '-'`);
  await mkdir(dir, { recursive: true });
  const partial = join(dir, `.${name}.bin.partial`);
  try {
    await copyFile(file, partial);
    return { ...check, name, path: await install(dir, name, partial, check.sha256!) };
  } finally {
    await rm(partial, { force: true });
  }
}
