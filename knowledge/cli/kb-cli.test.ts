// The kb command-line contract, run as a real process against a temporary DATA_DIR.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixture = fileURLToPath(new URL('__fixtures__/two-procedures.json', import.meta.url));
const tsx = path.join(root, 'node_modules/.bin/tsx');

function kb(dataDir: string, ...args: string[]) {
  const result = spawnSync(tsx, ['knowledge/cli/kb.ts', ...args], { cwd: root, env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('kb CLI', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kb-cli-'));

  it('imports, reports per format and keeps data when a later file is broken', () => {
    const imported = kb(dataDir, 'import', fixture);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/project-json\s+2/u);
    const broken = path.join(mkdtempSync(path.join(tmpdir(), 'kb-broken-')), 'broken.json');
    writeFileSync(broken, '{"procedures": [');
    const failed = kb(dataDir, 'import', broken);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('broken.json');
    expect(JSON.parse(kb(dataDir, 'stats', '--json').stdout).total).toBe(2);
  });

  it('stats --json prints one JSON object with the contract fields', () => {
    const stats = JSON.parse(kb(dataDir, 'stats', '--json').stdout);
    expect(stats).toMatchObject({ total: 2, communeLevel: 2, withProcessingTime: 2, withFee: 2, withDocuments: 1, byField: { 'Hộ tịch': 1, 'Chứng thực': 1 } });
    expect(typeof stats.flagged).toBe('number');
  });

  it('show prints a procedure readable or as JSON, and fails clearly on an unknown code', () => {
    expect(kb(dataDir, 'show', '1.000002').stdout).toContain('Trực tiếp: trong ngày; 2.000 đồng');
    expect(JSON.parse(kb(dataDir, 'show', '1.000001', '--json').stdout).code).toBe('1.000001');
    const missing = kb(dataDir, 'show', '9.999999');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Không tìm thấy/u);
  });

  it('npm run -s kb keeps stdout clean for stats --json', () => {
    const stdout = execFileSync('npm', ['run', '-s', 'kb', '--', 'stats', '--json'], { cwd: root, env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });
    expect(() => JSON.parse(stdout)).not.toThrow();
  });
});

describe('kb search --jsonl', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kb-search-'));
  kb(dataDir, 'import', fixture);

  it('writes one pure JSON line per question, in order, with the contract fields', () => {
    const input = ['{"id":"a","question":"lam giay khai sinh"}', 'not json', '{"id":"b","question":"chung thuc ban sao"}', ''].join('\n');
    const result = spawnSync(tsx, ['knowledge/cli/kb.ts', 'search', '--jsonl', '--top', '2'], { cwd: root, env: { ...process.env, DATA_DIR: dataDir }, input, encoding: 'utf8' });
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.id)).toEqual(['a', 'b']);
    expect(lines[0]).toMatchObject({ results: [{ code: '1.000001', title: 'Đăng ký khai sinh (thử nghiệm)', score: expect.any(Number) }], answerable: expect.any(Boolean), ms: expect.any(Number) });
    expect(lines[1].results[0].code).toBe('1.000002');
    expect(lines[0].results.length).toBeLessThanOrEqual(2);
    expect(result.stderr).toContain('skipped a line');
  });
});

describe('kb search --jsonl with EMBEDDING_MODEL (hybrid, tiny ONNX fixture)', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'kb-hybrid-'));
  kb(dataDir, 'import', fixture);
  const modelsDir = fileURLToPath(new URL('../../models/embedding/__fixtures__', import.meta.url));
  const search = (model: string, input: string) =>
    spawnSync(tsx, ['knowledge/cli/kb.ts', 'search', '--jsonl', '--top', '2'], { cwd: root, env: { ...process.env, DATA_DIR: dataDir, MODELS_DIR: modelsDir, EMBEDDING_MODEL: model }, input, encoding: 'utf8' });

  it('keeps the output contract, builds the dense index once and reloads it', () => {
    const input = '{"id":"a","question":"lam giay khai sinh"}\n{"id":"b","question":"chung thuc ban sao"}\n';
    const first = search('tiny-model', input);
    expect(first.status).toBe(0);
    expect(first.stderr).toMatch(/dense index tiny-model .*built/u);
    const lines = first.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => Object.keys(line).sort())).toEqual([['answerable', 'id', 'ms', 'results'], ['answerable', 'id', 'ms', 'results']]);
    expect(lines[0]).toMatchObject({ id: 'a', results: [{ code: expect.any(String), title: expect.any(String), score: expect.any(Number) }, expect.anything()], answerable: expect.any(Boolean) });
    expect(lines[0].results).toHaveLength(2);
    // The answerable decision is the lexical engine's.
    const lexical = search('', input).stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.answerable)).toEqual(lexical.map((line) => line.answerable));
    expect(existsSync(path.join(dataDir, 'dense-tiny-model.hnsw'))).toBe(true);
    const second = search('tiny-model', input);
    expect(second.stderr).toMatch(/reloaded/u);
    expect(second.stdout.trim().split('\n').map((line) => JSON.parse(line).results)).toEqual(lines.map((line) => line.results));
  });

  it('fails clearly when the model folder is missing, without output on stdout', () => {
    const missing = search('multilingual-e5-small', '{"id":"a","question":"khai sinh"}\n');
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toMatch(/Embedding model folder not found/u);
  });
});
