// Medium test: the server started with an embedding model (the tiny generated ONNX fixture, through transformers.js
// and onnxruntime-node) searches and answers through the hybrid engine, and keeps the dense index in DATA_DIR.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../contracts/config';
import { buildApp } from '../app';

const modelsDir = fileURLToPath(new URL('../../models/embedding/__fixtures__', import.meta.url));

describe('server with an embedding model (medium)', async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'hybrid-server-'));
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', DATA_DIR: dataDir, MODELS_DIR: modelsDir, EMBEDDING_MODEL: 'tiny-model' }) });
  afterAll(() => app.close());

  it('builds the dense index in DATA_DIR at start', () => {
    expect(readdirSync(dataDir).some((name) => name.startsWith('dense-') && name.endsWith('.hnsw'))).toBe(true);
  });

  it('searches and answers with citations; the answerable decision stays lexical', async () => {
    const search = await app.inject({ method: 'GET', url: '/api/search?q=đăng ký khai sinh cho con&top=5' });
    expect(search.statusCode).toBe(200);
    expect(search.json().answerable).toBe(true);
    expect(search.json().results.map((hit: { code: string }) => hit.code)).toContain('1.001193');
    const outOfScope = await app.inject({ method: 'GET', url: '/api/search?q=giá vàng hôm nay bao nhiêu' });
    expect(outOfScope.json().answerable).toBe(false);
    const asked = await app.inject({ method: 'POST', url: '/api/ask', payload: { question: 'làm giấy khai sinh cần giấy tờ gì' } });
    expect(asked.statusCode).toBe(200);
    expect(asked.json().citations.length).toBeGreaterThan(0);
  });

  it('refuses to start when the model folder is missing, naming it', async () => {
    const broken = buildApp({ config: loadConfig({ LOG_LEVEL: 'silent', NODE_ENV: 'test', DATA_DIR: mkdtempSync(path.join(tmpdir(), 'hybrid-broken-')), MODELS_DIR: modelsDir, EMBEDDING_MODEL: 'no-such-model' }) });
    await expect(broken).rejects.toThrow(/no-such-model/u);
    expect(existsSync(path.join(modelsDir, 'no-such-model'))).toBe(false);
  });
});
