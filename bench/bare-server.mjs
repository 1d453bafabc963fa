#!/usr/bin/env node
// The baseline of bench/contracts.mjs: a bare Fastify server that answers GET /body/N with the Nth JSON body
// from a file, held in memory. Same framework, same HTTP stack and same process model as the real server,
// with no database, authentication or validation.
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

const [file, port] = process.argv.slice(2);
const bodies = JSON.parse(readFileSync(file, 'utf8'));
const app = Fastify({ logger: false });
app.get('/ready', async () => ({ ok: true }));
app.get('/body/:index', async (request, reply) =>
  reply.type('application/json; charset=utf-8').send(bodies[Number(request.params.index)]),
);
await app.listen({ port: Number(port), host: '127.0.0.1' });
