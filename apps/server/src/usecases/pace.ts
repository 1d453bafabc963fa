import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * Long work on the request thread (an import's checks and writes, row by row) hands the event loop back to
 * other requests every few milliseconds. Without it, every `await` of a query that the driver answers at once
 * (SQLite is synchronous) stays in the microtask queue, and no other request runs until the work is done.
 */
export class Pace {
  #since = performance.now();

  /** @param sliceMs how long the work may run before other requests get a turn */
  constructor(private readonly sliceMs = 1) {}

  /** Call between units of work: waits one turn of the event loop when the slice is used up. */
  async step(): Promise<void> {
    if (performance.now() - this.#since < this.sliceMs) return;
    await nextTurn();
    this.#since = performance.now();
  }
}
