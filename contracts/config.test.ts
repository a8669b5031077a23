import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, configSchema, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives embedded defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.DATA_DIR).toBe('./data');
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('rejects a bad port with a message naming the key', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
  });

  it('refuses the development secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/APP_SECRET/);
  });

  it('parses comma separated origins', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.gov.vn, https://b.gov.vn' }).CORS_ORIGINS).toEqual([
      'https://a.gov.vn',
      'https://b.gov.vn',
    ]);
  });

  it('.env.example lists every key and validates', () => {
    const text = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const entries = Object.fromEntries(
      text
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(Object.keys(entries).sort()).toEqual(Object.keys(configSchema.shape).sort());
    expect(() => loadConfig(entries)).not.toThrow();
  });
});
