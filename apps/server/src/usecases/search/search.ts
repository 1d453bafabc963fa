import type * as Api from '@overblik/api';
import { findHit, queryTerms } from '@overblik/core/search';
import { findByKey, getContractSummaries, getDocument, getPriceElement, getSupplier, searchTexts } from '@overblik/db';
import type { Caller, Deps } from '../../context.js';
import { requireOrganisation } from '../authorize.js';

/**
 * One search box over the register: contracts, suppliers, contacts, price elements and document text.
 * Each object appears once, at its best hit, with the field it was found in and the text around it.
 */
export async function search(
  deps: Deps,
  caller: Caller,
  organisationId: string,
  query: Api.SearchQuery,
): Promise<Api.SearchResult> {
  requireOrganisation(caller, 'read', organisationId);
  const limit = query.limit ?? 30;
  const rows = await searchTexts(deps.db, organisationId, query.q, limit * 5);
  const best = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const key = `${row.kind}:${row.entityId}`;
    if (!best.has(key)) best.set(key, row);
  }
  const hits = [...best.values()].slice(0, limit);

  const contractIds = [...new Set(hits.map((h) => h.contractId).filter((id): id is string => id !== null))];
  const contracts = new Map((await getContractSummaries(deps.db, organisationId, contractIds)).map((c) => [c.id, c]));
  const supplierNames = new Map<string, string>();
  for (const id of new Set(hits.map((h) => h.supplierId).filter((x): x is string => x !== null))) {
    const supplier = await getSupplier(deps.db, organisationId, id);
    if (supplier) supplierNames.set(id, supplier.name);
  }
  const terms = queryTerms(query.q);
  const items: Api.SearchHit[] = [];
  for (const hit of hits) {
    const contract = hit.contractId ? contracts.get(hit.contractId) : undefined;
    const supplierName = hit.supplierId ? supplierNames.get(hit.supplierId) : undefined;
    const found = findHit(hit.body, terms);
    items.push({
      kind: hit.kind,
      id: hit.entityId,
      title: await titleOf(deps, organisationId, hit, contract, supplierName),
      contract: contract ? { id: contract.id, number: contract.number, name: contract.name } : null,
      supplier: hit.supplierId && supplierName ? { id: hit.supplierId, name: supplierName } : null,
      field: hit.field,
      snippet: found?.snippet ?? hit.body.slice(0, 160),
      highlight: found ? { start: found.start, end: found.end } : null,
    });
  }
  return { items };
}

async function titleOf(
  deps: Deps,
  organisationId: string,
  hit: { kind: Api.SearchHit['kind']; entityId: string; contractId: string | null; body: string; field: string },
  contract: { number: string; name: string } | undefined,
  supplierName: string | undefined,
): Promise<string> {
  switch (hit.kind) {
    case 'contract':
      return contract ? `${contract.number} ${contract.name}` : hit.body;
    case 'supplier':
      return supplierName ?? hit.body;
    case 'document':
      return (await getDocument(deps.db, organisationId, hit.entityId))?.title ?? hit.field;
    case 'price_element':
      return (await getPriceElement(deps.db, organisationId, hit.contractId ?? '', hit.entityId))?.name ?? hit.body;
    case 'contact':
      return (await findByKey(deps.db, 'supplierContacts', { id: hit.entityId, organisationId }))?.name ?? hit.body;
  }
}
