import type { FastifyReply } from 'fastify';
import { Pace } from '../usecases/pace.js';

/**
 * An answer with long lists (an import's report of 20,000 rows) as JSON text built a list item at a time, the
 * request thread handed back to other requests between items (`Pace`). Serialised in one go, such an answer is
 * one block of tens of milliseconds in which no other request is answered. Fastify sends a string with a JSON
 * content type as it is; the value must already have the shape of the route's response schema (the type
 * parameter says so to the compiler).
 */
export async function pacedJson<T extends object>(reply: FastifyReply, value: T): Promise<string> {
  const pace = new Pace();
  const members: string[] = [];
  for (const [key, member] of Object.entries(value)) {
    if (member === undefined) continue;
    if (Array.isArray(member)) {
      const items: string[] = [];
      for (const item of member) {
        items.push(JSON.stringify(item) ?? 'null');
        await pace.step();
      }
      members.push(`${JSON.stringify(key)}:[${items.join(',')}]`);
    } else {
      members.push(`${JSON.stringify(key)}:${JSON.stringify(member)}`);
    }
  }
  reply.type('application/json; charset=utf-8');
  return `{${members.join(',')}}`;
}
