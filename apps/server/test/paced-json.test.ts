import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { pacedJson } from '../src/http/paced-json.js';

describe('an answer with long lists, serialised between other requests', () => {
  it('given a report of 20,000 rows, then the answer is the JSON of the report, and another request is answered meanwhile', async () => {
    const report = {
      dryRun: true,
      applied: false,
      created: 20_000,
      note: undefined,
      rows: Array.from({ length: 20_000 }, (_, i) => ({
        sheet: 'Kontrakter',
        row: i + 2,
        name: `Kontrakt "${i}" æøå`,
        changedFields: [],
      })),
      errors: [],
    };
    const app = Fastify();
    let answeredMeanwhile = false;
    let building = false;
    app.get('/report', async (_request, reply) => {
      building = true;
      const text = await pacedJson(reply, report);
      building = false;
      return text;
    });
    app.get('/ping', async () => {
      if (building) answeredMeanwhile = true;
      return { ok: true };
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      const address = app.server.address();
      const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      const answer = fetch(`${base}/report`);
      while (!building) await new Promise((resolve) => setImmediate(resolve));
      const pings: Promise<Response>[] = [];
      while (building && pings.length < 1000) {
        pings.push(fetch(`${base}/ping`));
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      const response = await answer;
      await Promise.all(pings);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      expect(await response.text()).toBe(JSON.stringify(report));
      expect(answeredMeanwhile).toBe(true);
    } finally {
      await app.close();
    }
  });
});
