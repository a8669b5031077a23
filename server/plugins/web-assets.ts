// Bundles the browser code in kiosk/ with esbuild once at start (in memory) and serves it under /assets/.
// Building at start keeps `npm start` a single command on a fresh machine, with no build step to forget.
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { build } from 'esbuild';
import fp from 'fastify-plugin';
import { webEntries } from '../web-entries';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface BundledAsset {
  body: Buffer;
  contentType: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    webAssets: ReadonlyMap<string, BundledAsset>;
  }
}

export async function bundleWebEntries(entries: Record<string, string>): Promise<Map<string, BundledAsset>> {
  const assets = new Map<string, BundledAsset>();
  if (Object.keys(entries).length === 0) return assets;
  const result = await build({
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, file]) => [name, path.join(root, file)])),
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['es2020'],
    minify: true,
    sourcemap: false,
    outdir: '/assets',
    logLevel: 'silent',
  });
  for (const file of result.outputFiles) {
    const name = path.basename(file.path);
    const contentType = name.endsWith('.css') ? 'text/css; charset=utf-8' : 'application/javascript; charset=utf-8';
    assets.set(name, { body: Buffer.from(file.contents), contentType });
  }
  return assets;
}

export default fp(
  async (app) => {
    const assets = await bundleWebEntries(webEntries);
    app.decorate('webAssets', assets);
    app.get<{ Params: { name: string } }>('/assets/:name', async (request, reply) => {
      const asset = assets.get(request.params.name);
      if (!asset) return reply.callNotFound();
      return reply
        .header('content-type', asset.contentType)
        .header('cache-control', 'public, max-age=300')
        .header('cross-origin-resource-policy', 'cross-origin')
        .send(asset.body);
    });
  },
  { name: 'web-assets' },
);
