import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODEL_CATALOGUE, ModelNotFound, downloadModel, importModel, listInstalled, resolveModelPath, verifyInstalled } from './models.js';
import { createTestModel } from './test-model.js';

let dir: string;
let modelBytes: Buffer;
let modelSha: string;
let server: Server;
let baseUrl: string;
let requests = 0;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'samtal-models-'));
  const model = await createTestModel(join(dir, 'source', 'tiny-test.bin'));
  modelBytes = await readFile(model.path);
  modelSha = model.sha256;
  // A stand-in for Hugging Face on the loopback interface: serves the test model.
  server = createServer((req, res) => {
    requests++;
    if (req.url === '/redirect') {
      res.writeHead(302, { location: '/model.bin' }).end();
    } else if (req.url === '/model.bin') {
      res.writeHead(200, { 'content-length': modelBytes.length }).end(modelBytes);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  baseUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

describe('downloadModel', () => {
  it('streams, reports progress, verifies the checksum and installs', async () => {
    const models = join(dir, 'dl-ok');
    const progress: number[] = [];
    // An entry without a pin, given the checksum published beside the file.
    const catalogue = [{ name: 'kb-whisper-test', url: `${baseUrl}/redirect`, bytes: modelBytes.length, kind: 'tiny', description: '' }];
    const check = await downloadModel('kb-whisper-test', {
      dir: models,
      catalogue,
      sha256: modelSha,
      onProgress: (received) => progress.push(received),
    });
    expect(check).toMatchObject({ ok: true, name: 'kb-whisper-test', kind: 'tiny', sha256: modelSha });
    expect(progress.at(-1)).toBe(modelBytes.length);
    expect(progress.length).toBeGreaterThan(1);
    expect((await readFile(join(models, 'kb-whisper-test.bin'))).equals(modelBytes)).toBe(true);
    expect(resolveModelPath('kb-whisper-test', models)).toBe(join(models, 'kb-whisper-test.bin'));
  });

  it('discards a download whose checksum does not match, leaving nothing under the name', async () => {
    const models = join(dir, 'dl-bad');
    const pinned = MODEL_CATALOGUE.find((m) => m.name === 'base')!;
    await expect(downloadModel('base', { dir: models, url: `${baseUrl}/model.bin` })).rejects.toThrow(
      new RegExp(`checksum mismatch.*expected ${pinned.sha256}`),
    );
    expect(await readdir(models)).toEqual([]);
  });

  it('refuses an unpinned model without a checksum, before downloading anything', async () => {
    const before = requests;
    const catalogue = [{ name: 'unpinned', url: `${baseUrl}/model.bin`, bytes: 1, kind: 'tiny', description: '' }];
    await expect(downloadModel('unpinned', { dir: join(dir, 'dl-none'), catalogue })).rejects.toThrow(/--sha256/);
    expect(requests).toBe(before);
  });

  it('fails clearly on an HTTP error', async () => {
    await expect(downloadModel('base', { dir: join(dir, 'dl-404'), url: `${baseUrl}/missing` })).rejects.toThrow(/HTTP 404/);
  });
});

describe('importModel and verifyInstalled', () => {
  it('imports a copied file after checking it, and verify notices later damage', async () => {
    const models = join(dir, 'imported');
    const check = await importModel(join(dir, 'source', 'tiny-test.bin'), { dir: models });
    expect(check).toMatchObject({ ok: true, name: 'tiny-test', kind: 'tiny' });
    expect((await listInstalled(models)).map((m) => m.name)).toEqual(['tiny-test']);
    expect((await verifyInstalled(models)).map((c) => c.ok)).toEqual([true]);

    const damaged = Buffer.from(modelBytes);
    damaged[damaged.length - 10] ^= 0xff;
    await writeFile(join(models, 'tiny-test.bin'), damaged);
    const [after] = await verifyInstalled(models);
    expect(after).toMatchObject({ ok: false, problem: expect.stringMatching(/checksum mismatch/) });
  });

  it('refuses a file that is not a Whisper model, and one posing as a pinned model', async () => {
    const notModel = join(dir, 'notes.bin');
    await writeFile(notModel, 'not a model');
    await expect(importModel(notModel, { dir: join(dir, 'refused') })).rejects.toThrow(/not a usable Whisper model.*bad magic/);
    await expect(importModel(join(dir, 'source', 'tiny-test.bin'), { dir: join(dir, 'refused'), name: 'small' })).rejects.toThrow(
      /is not small: checksum/,
    );
    expect(existsSync(join(dir, 'refused', 'small.bin'))).toBe(false);
  });

  it('explains how to install a model that is missing', () => {
    expect(() => resolveModelPath('kb-whisper-small', join(dir, 'empty'))).toThrow(ModelNotFound);
    expect(() => resolveModelPath('kb-whisper-small', join(dir, 'empty'))).toThrow(/samtal models download kb-whisper-small.*samtal models import/);
  });

  it('pins a sha256 for every catalogue model, as 64 hex digits, KBLab\'s included', () => {
    for (const m of MODEL_CATALOGUE) expect(m.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(MODEL_CATALOGUE.map((m) => m.name)).toEqual(expect.arrayContaining(['kb-whisper-small', 'kb-whisper-small-q5_0', 'kb-whisper-base', 'kb-whisper-base-q5_0']));
    expect(createHash('sha256').update(modelBytes).digest('hex')).toBe(modelSha);
  });
});
