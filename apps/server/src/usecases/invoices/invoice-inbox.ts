import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type * as Api from '@overblik/api';
import type { Deps } from '../../context.js';
import { operatorCaller } from '../../operator.js';
import { receiveInvoices } from './receive-invoices.js';

/** Files younger than this may still be being written by the access point; they wait for the next run. */
const SETTLE_MS = 2000;

export const INBOX_DONE = 'behandlet';
export const INBOX_REFUSED = 'afvist';

/**
 * The watched folder (OVERBLIK_INVOICE_INBOX): every `.xml` file in it is received like an upload, addressed
 * by its buyer (EAN/GLN of a unit, else CVR) to any organisation. A received or duplicate file moves to
 * `behandlet/`; a refused one to `afvist/` with `<name>.fejl.txt` saying why. A file is only moved after its
 * invoice is committed, so a crash between the two at worst receives it again — as a duplicate.
 */
export async function processInvoiceInbox(deps: Deps, dir: string): Promise<Api.IntakeReport> {
  const report: Api.IntakeReport = { created: 0, duplicates: 0, refused: 0, results: [] };
  const names = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.toLowerCase().endsWith('.xml'))
    .map((e) => e.name)
    .sort();
  for (const name of names) {
    const file = path.join(dir, name);
    const info = await stat(file);
    // The file system's time, not business time: the wall clock, like the modification time it is compared with.
    if (Date.now() - info.mtimeMs < SETTLE_MS) continue;
    const tooLarge = info.size > deps.config.maxInvoiceBytes;
    const bytes = tooLarge ? new Uint8Array(0) : await readFile(file);
    const one = await receiveInvoices(deps, operatorCaller('fakturamappe', deps.clock), [{ bytes, fileName: name, tooLarge }], {
      organisationId: null,
      source: 'folder',
      locale: 'da',
    });
    const result = one.results[0];
    if (!result) continue;
    report.results.push(result);
    report.created += one.created;
    report.duplicates += one.duplicates;
    report.refused += one.refused;
    const target = path.join(dir, result.outcome === 'refused' ? INBOX_REFUSED : INBOX_DONE);
    await mkdir(target, { recursive: true });
    if (result.outcome === 'refused') await writeFile(path.join(target, `${name}.fejl.txt`), `${result.error?.message ?? ''}\n`);
    await rename(file, path.join(target, name));
  }
  return report;
}
