// The dense index over the sample catalogue with the tiny generated ONNX model (random weights): persisted in
// DATA_DIR, reloaded without embedding anything, rebuilt when the catalogue revision or the model changes.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EmbeddingModel } from '../../models/embedding/embedding-model';
import { fakeEmbeddingModel, hashedVector } from '../../models/embedding/fake-embedding';
import { loadTransformersEmbedding } from '../../models/embedding/transformers-embedding';
import { loadSampleCatalogue } from '../sample/seed';
import { buildDenseIndex, denseIndexFiles, openDenseIndex, passageText } from './dense-index';

const fixtures = fileURLToPath(new URL('../../models/embedding/__fixtures__', import.meta.url));
const procedures = loadSampleCatalogue();
/** An unconfigured fake with the tiny model's identity: any embedding call throws and is recorded. */
const impostor = (model: EmbeddingModel) => fakeEmbeddingModel({ id: model.id, dimensions: model.dimensions, revision: model.revision! });

describe('dense index (tiny ONNX model, sample catalogue)', () => {
  let tiny: EmbeddingModel;
  beforeAll(async () => {
    tiny = await loadTransformersEmbedding({ modelsDir: fixtures, model: 'tiny-model' });
  });

  it('builds passages from title, field and the first documents', () => {
    const birth = procedures.find((procedure) => procedure.code === '1.001193')!;
    const text = passageText(birth);
    expect(text.startsWith(birth.title)).toBe(true);
    expect(text).toContain(`Lĩnh vực: ${birth.field}`);
    expect(text.length).toBeLessThanOrEqual(1000);
  });

  it('persists, reloads without embedding, and rebuilds on a new revision', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'dense-'));
    const built = await openDenseIndex({ dataDir, model: tiny, revision: 7, procedures });
    expect(built.reused).toBe(false);
    expect(built.index.size).toBe(procedures.length);
    const files = denseIndexFiles(dataDir, 'tiny-model');
    expect(path.basename(files.graph)).toBe('dense-tiny-model.hnsw');
    expect(existsSync(files.graph)).toBe(true);
    const sidecar = JSON.parse(readFileSync(files.sidecar, 'utf8'));
    expect(sidecar).toMatchObject({ revision: 7, modelId: 'tiny-model', dimensions: 16, codes: procedures.map((procedure) => procedure.code) });

    // Each passage finds itself first.
    const birth = procedures.find((procedure) => procedure.code === '1.001193')!;
    const [vector] = await tiny.embed([passageText(birth)], 'passage');
    expect(built.index.searchVector(vector!, 3)[0]).toMatchObject({ code: '1.001193', title: birth.title, similarity: expect.closeTo(1, 3) });
    const hits = await built.index.search('đăng ký khai sinh cho con', 10);
    expect(hits).toHaveLength(10);

    const fake = impostor(tiny);
    const reloaded = await openDenseIndex({ dataDir, model: fake, revision: 7, procedures: () => { throw new Error('the catalogue must not be read on reload'); } });
    expect(reloaded.reused).toBe(true);
    expect(reloaded.embedMs).toBe(0);
    expect(fake.calls).toHaveLength(0);
    expect(reloaded.index.searchVector(vector!, 3)[0]?.code).toBe('1.001193');

    const changed = await openDenseIndex({ dataDir, model: tiny, revision: 8, procedures: procedures.slice(0, 10) });
    expect(changed.reused).toBe(false);
    expect(changed.index.size).toBe(10);
    expect(JSON.parse(readFileSync(files.sidecar, 'utf8')).revision).toBe(8);
    await expect(openDenseIndex({ dataDir, model: impostor(tiny), revision: 9, procedures })).rejects.toThrow(/no passage vector configured/u);
  });

  it('rebuilds when the model revision changes or the stored graph is damaged', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'dense-'));
    const vectors = (id: string, revision: string) => fakeEmbeddingModel({ id, dimensions: 8, revision, vectorFor: (text) => hashedVector(text, 8) });
    const first = vectors('m/e5 small', 'a');
    await openDenseIndex({ dataDir, model: first, revision: 1, procedures });
    expect(first.embeddedTexts()).toBe(procedures.length);
    expect(existsSync(path.join(dataDir, 'dense-m_e5_small.hnsw'))).toBe(true);
    const same = vectors('m/e5 small', 'a');
    expect((await openDenseIndex({ dataDir, model: same, revision: 1, procedures })).reused).toBe(true);
    const updated = vectors('m/e5 small', 'b');
    expect((await openDenseIndex({ dataDir, model: updated, revision: 1, procedures })).reused).toBe(false);
    expect(updated.embeddedTexts()).toBe(procedures.length);
    writeFileSync(denseIndexFiles(dataDir, 'm/e5 small').graph, 'not an index');
    expect((await openDenseIndex({ dataDir, model: vectors('m/e5 small', 'b'), revision: 1, procedures })).reused).toBe(false);
  });

  it('handles an empty catalogue', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'dense-'));
    const empty = await openDenseIndex({ dataDir, model: tiny, revision: 0, procedures: [] });
    expect(await empty.index.search('khai sinh')).toEqual([]);
    expect((await openDenseIndex({ dataDir, model: impostor(tiny), revision: 0, procedures: [] })).reused).toBe(true);
    expect(await (await buildDenseIndex([], tiny)).search('x')).toEqual([]);
  });
});
