// What a page costs to load the first time, as Chromium counts it: every request of a page load in a fresh browser
// context (empty cache), with the bytes that came over the network (`Network.loadingFinished` encodedDataLength:
// headers and the body as sent, compressed or not) and the body's size after decoding. Shared by
// bench/first-load.mjs and the byte budget in tests/e2e/first-load.e2e.test.ts.

/**
 * Opens `path` in a new page of `context` (a fresh context: nothing cached), waits for `ready(page)` and then until
 * the fonts are loaded and no request has been open for `quietMs`, and returns every request of the load and the
 * console's warnings and errors.
 */
export async function measurePageLoad(context, path, { ready, quietMs = 500 }) {
  const page = await context.newPage();
  const messages = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') messages.push(`${message.type()}: ${message.text()}`);
  });
  const cdp = await context.newCDPSession(page);
  const requests = new Map();
  let lastActivity = Date.now();
  const entry = (requestId) => {
    let r = requests.get(requestId);
    if (!r) {
      r = { url: '', type: '', status: 0, encoding: '', transferred: 0, size: 0, done: false, failed: false };
      requests.set(requestId, r);
    }
    lastActivity = Date.now();
    return r;
  };
  cdp.on('Network.requestWillBeSent', (e) => {
    const r = entry(e.requestId);
    r.url = e.request.url;
    r.type = e.type ?? '';
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = entry(e.requestId);
    r.status = e.response.status;
    r.mimeType = e.response.mimeType;
    const headers = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    r.encoding = headers['content-encoding'] ?? '';
    r.cacheControl = headers['cache-control'] ?? '';
  });
  cdp.on('Network.dataReceived', (e) => {
    entry(e.requestId).size += e.dataLength;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = entry(e.requestId);
    r.transferred = e.encodedDataLength;
    r.done = true;
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = entry(e.requestId);
    r.done = true;
    r.failed = true;
  });
  await cdp.send('Network.enable');
  await page.goto(path);
  await ready(page);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  for (;;) {
    const open = [...requests.values()].some((r) => !r.done);
    if (!open && Date.now() - lastActivity >= quietMs) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const list = [...requests.values()].filter((r) => !r.url.startsWith('data:'));
  await cdp.detach();
  return { page, messages, ...summarise(list) };
}

/** Totals of a load: requests, bytes over the network, decoded bytes; and the same by resource type. */
export function summarise(requests) {
  const sum = (list) => ({
    requests: list.length,
    transferred: list.reduce((s, r) => s + r.transferred, 0),
    size: list.reduce((s, r) => s + r.size, 0),
  });
  const types = [...new Set(requests.map((r) => r.type))].sort();
  return {
    list: requests,
    total: sum(requests),
    byType: Object.fromEntries(types.map((type) => [type, sum(requests.filter((r) => r.type === type))])),
  };
}

export const kib = (bytes) => (bytes / 1024).toFixed(1);
