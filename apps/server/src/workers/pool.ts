import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { AppError } from '../errors/app-error.js';
import { MAX_QUEUED_TASKS, WORKER_HEAP_MB } from '../limits.js';
import type * as Tasks from './tasks.js';

/**
 * CPU-heavy work (parsing spreadsheets, extracting the text of documents) runs in worker threads, never on the
 * request thread: a bounded pool (one thread fewer than the machine has cores, at least one, so the request
 * thread keeps a core) with a bounded queue (a full queue answers 503 `server_busy`) and a heap limit per
 * thread (a file that still manages to exhaust one ends that thread, not the server), at a lower priority.
 */
type TaskName = keyof typeof Tasks;

/**
 * The worker threads run at a lower priority than the request thread (nice +10, through piscina's optional
 * @napi-rs/nice; on Linux a thread's own nice value): when the cores are busy, answering requests and the
 * database's own processes come before parsing a file. Without it, on two cores a list request took up to
 * three times as long while a 20,000-row file was parsed (docs/performance.md).
 */
const WORKER_NICE_INCREMENT = 10;

let pool: Piscina | null = null;

/**
 * The compiled worker module. Under the test runner this module is TypeScript in src/, which a worker thread
 * cannot load, so the built file in dist/ is used (`npm test` builds first).
 */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  const compiled = here.endsWith('.ts')
    ? here.replace(/\/src\/workers\/pool\.ts$/, '/dist/workers/tasks.js')
    : here.replace(/pool\.js$/, 'tasks.js');
  if (!existsSync(compiled)) throw new Error(`The worker module ${compiled} is missing: run npm run build`);
  return compiled;
}

function workers(): Piscina {
  pool ??= new Piscina({
    filename: workerFile(),
    minThreads: 0,
    maxThreads: Math.max(1, availableParallelism() - 1),
    maxQueue: MAX_QUEUED_TASKS,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    niceIncrement: WORKER_NICE_INCREMENT,
  });
  return pool;
}

/** Runs a named task of workers/tasks.ts in a worker thread. */
export async function runTask<N extends TaskName>(
  name: N,
  input: Parameters<(typeof Tasks)[N]>[0],
): Promise<Awaited<ReturnType<(typeof Tasks)[N]>>> {
  try {
    return await workers().run(input, { name });
  } catch (error) {
    if (error instanceof Error && /queue is at limit/i.test(error.message)) throw new AppError('server_busy');
    if (
      error instanceof Error &&
      /out of memory|ERR_WORKER_OUT_OF_MEMORY/i.test(`${error.message} ${(error as { code?: string }).code}`)
    ) {
      throw new AppError('import_unreadable');
    }
    throw error;
  }
}

/** How many tasks the worker threads have finished since they were started (tests check where work ran). */
export function completedWorkerTasks(): number {
  return pool?.completed ?? 0;
}

/** Ends the worker threads (the server's shutdown). */
export async function closeWorkers(): Promise<void> {
  const current = pool;
  pool = null;
  await current?.destroy();
}
