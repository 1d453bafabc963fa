import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { testDialects } from '@overblik/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './harness.js';

const INDEX = '<!doctype html><title>Overblik</title><script type="module" src="/assets/index-AbC_12-x.js"></script>';
const SCRIPT = `console.log(${JSON.stringify('Overblik '.repeat(200))});`;
const YEAR = 'public, max-age=31536000, immutable';

/** A built web app as `npm run build` leaves it: index.html and hashed assets, each with its .br and .gz. */
function fakeWebDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'overblik-web-'));
  mkdirSync(path.join(dir, 'assets'));
  const write = (file: string, content: string, compressed = true) => {
    writeFileSync(path.join(dir, file), content);
    if (!compressed) return;
    writeFileSync(path.join(dir, `${file}.br`), brotliCompressSync(content));
    writeFileSync(path.join(dir, `${file}.gz`), gzipSync(content));
  };
  write('index.html', INDEX);
  write('assets/index-AbC_12-x.js', SCRIPT);
  write('assets/IBMPlexSans-Regular-Latin1-8pRtkRrQ.woff2', 'wOF2 not really a font', false);
  write('robots.txt', 'User-agent: *\nDisallow: /\n', false);
  return dir;
}

describe('the built web app: headers, caching and compression', () => {
  let webDir: string;
  let t: TestApp;
  const get = (url: string, acceptEncoding?: string) =>
    t.app.inject({ method: 'GET', url, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });

  beforeAll(async () => {
    webDir = fakeWebDir();
    t = await startTestApp(testDialects()[0] ?? 'sqlite', { OVERBLIK_WEB_DIR: webDir });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('sends a Permissions-Policy that switches off camera, microphone, geolocation, payment and usb on every response', async () => {
    for (const url of ['/', '/kontrakter', '/assets/index-AbC_12-x.js', '/healthz', '/api/v1/me', '/api/v1/findes-ikke']) {
      const policy = String((await get(url)).headers['permissions-policy']);
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) {
        expect(policy, `${url}: ${feature}`).toContain(`${feature}=()`);
      }
    }
  });

  it('has the HTML revalidated on every path it is served from', async () => {
    for (const url of ['/', '/index.html', '/kontrakter', '/kontrakter/ny?supplierId=x', '/login']) {
      for (const encoding of [undefined, 'br', 'gzip']) {
        const response = await get(url, encoding);
        expect(response.statusCode, url).toBe(200);
        expect(response.headers['cache-control'], `${url} (${encoding})`).toBe('no-cache');
        expect(response.headers['content-type'], url).toBe('text/html; charset=utf-8');
      }
    }
  });

  it('answers the revalidation of unchanged HTML with 304 and no body', async () => {
    for (const url of ['/', '/kontrakter']) {
      const first = await get(url, 'br');
      expect(first.headers.etag, url).toBeTruthy();
      const again = await t.app.inject({
        method: 'GET',
        url,
        headers: { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) },
      });
      expect(again.statusCode, url).toBe(304);
      expect(again.rawPayload.length, url).toBe(0);
    }
  });

  it('keeps hashed assets for a year without revalidation, and other files of the web root revalidated', async () => {
    expect((await get('/assets/index-AbC_12-x.js')).headers['cache-control']).toBe(YEAR);
    expect((await get('/assets/index-AbC_12-x.js', 'br')).headers['cache-control']).toBe(YEAR);
    expect((await get('/assets/IBMPlexSans-Regular-Latin1-8pRtkRrQ.woff2')).headers['cache-control']).toBe(YEAR);
    expect((await get('/robots.txt')).headers['cache-control']).toBe('no-cache');
  });

  it('sends the brotli variant to a browser that accepts br, gzip to one that accepts gzip, and the file to others', async () => {
    const br = await get('/assets/index-AbC_12-x.js', 'gzip, deflate, br, zstd');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('application/javascript; charset=utf-8');
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    expect(br.rawPayload.length).toBeLessThan(SCRIPT.length / 5);

    const gzip = await get('/assets/index-AbC_12-x.js', 'gzip, deflate');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);

    for (const acceptEncoding of [undefined, 'identity']) {
      const plain = await get('/assets/index-AbC_12-x.js', acceptEncoding);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers.vary).toMatch(/accept-encoding/i);
      expect(plain.body).toBe(SCRIPT);
    }
  });

  it('compresses index.html also where it answers a route of the app', async () => {
    for (const url of ['/', '/index.html', '/kontrakter']) {
      const br = await get(url, 'br');
      expect(br.headers['content-encoding'], url).toBe('br');
      expect(br.headers.vary, url).toMatch(/accept-encoding/i);
      expect(brotliDecompressSync(br.rawPayload).toString(), url).toBe(INDEX);
      const gzip = await get(url, 'gzip');
      expect(gzip.headers['content-encoding'], url).toBe('gzip');
      expect(gunzipSync(gzip.rawPayload).toString(), url).toBe(INDEX);
      expect((await get(url)).body, url).toBe(INDEX);
    }
  });

  it('answers a missing file with 404, not with the app, and does not serve the variants under their own names', async () => {
    for (const url of ['/assets/index-0ld_Hash.js', '/favicon.ico', '/assets/index-AbC_12-x.js.br', '/index.html.gz']) {
      const response = await get(url, 'br');
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toContain('application/problem+json');
    }
  });
});

describe('a web app that is not built when the server starts', () => {
  let webDir: string;
  let t: TestApp;
  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  beforeAll(async () => {
    // The directory the build will write to, empty as after a fresh checkout.
    webDir = mkdtempSync(path.join(tmpdir(), 'overblik-web-'));
    t = await startTestApp(testDialects()[0] ?? 'sqlite', { OVERBLIK_WEB_DIR: webDir });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('answers the pages in Danish, in English to a browser that asks for it, and is served once built, without a restart', async () => {
    for (const url of ['/', '/kontrakter', '/login?redirect=%2F']) {
      const page = await get(url);
      expect(page.statusCode, url).toBe(503);
      expect(page.headers['content-type'], url).toBe('text/html; charset=utf-8');
      expect(page.headers['cache-control'], url).toBe('no-store');
      expect(page.body, url).toContain('<html lang="da">');
      expect(page.body, url).toContain('Webappen er endnu ikke bygget');
      expect(page.body, url).not.toContain('not built');
    }
    const english = await get('/kontrakter', { 'accept-language': 'en-GB,en;q=0.9,da;q=0.8' });
    expect(english.statusCode).toBe(503);
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('The web app is not built');
    expect((await get('/kontrakter', { 'accept-language': 'da-DK,da;q=0.9,en;q=0.8' })).body).toContain('lang="da"');
    // Files and the API are not the app's pages: they stay JSON problems.
    for (const url of ['/assets/index-AbC_12-x.js', '/api/v1/findes-ikke']) {
      expect((await get(url)).headers['content-type'], url).toContain('application/problem+json');
    }

    // `npm run build` writes the app while the server runs.
    const built = fakeWebDir();
    cpSync(built, webDir, { recursive: true });
    rmSync(built, { recursive: true, force: true });

    for (const url of ['/', '/kontrakter', '/login?redirect=%2F']) {
      const page = await get(url, { 'accept-encoding': 'br' });
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['cache-control'], url).toBe('no-cache');
      expect(page.headers['content-encoding'], url).toBe('br');
      expect(brotliDecompressSync(page.rawPayload).toString(), url).toBe(INDEX);
    }
    const script = await get('/assets/index-AbC_12-x.js', { 'accept-encoding': 'gzip' });
    expect(script.statusCode).toBe(200);
    expect(script.headers['cache-control']).toBe(YEAR);
    expect(script.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(script.rawPayload).toString()).toBe(SCRIPT);
    expect((await get('/robots.txt')).headers['cache-control']).toBe('no-cache');
    for (const url of ['/assets/index-0ld_Hash.js', '/assets/index-AbC_12-x.js.br', '/index.html.gz', '/api/v1/findes-ikke']) {
      const response = await get(url, { 'accept-encoding': 'br' });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toContain('application/problem+json');
    }
    expect((await get('/api/v1/me')).statusCode).toBe(401);

    // A new build while the server runs: new asset names are served at once.
    writeFileSync(path.join(webDir, 'assets', 'index-NeW_34-y.js'), SCRIPT);
    const rebuilt = await get('/assets/index-NeW_34-y.js');
    expect(rebuilt.statusCode).toBe(200);
    expect(rebuilt.headers['cache-control']).toBe(YEAR);
    // And a build being replaced (index.html gone for a moment) is the Danish page again, not an error.
    rmSync(path.join(webDir, 'index.html'));
    expect((await get('/kontrakter')).statusCode).toBe(503);
  });
});
