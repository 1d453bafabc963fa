import {
  CONTRACT_FIELDS,
  type ContractTextField,
  fieldNames,
  PRICE_ELEMENT_FIELDS,
  SUPPLIER_FIELDS,
  searchedFieldNames,
} from '@overblik/core';
import {
  type Contract,
  type Executor,
  getDocument,
  listSearchTexts,
  type PriceElement,
  removeSearchTexts,
  replaceSearchTexts,
  replaceSearchTextsOf,
  type SearchKind,
  type SearchText,
  type Supplier,
  type SupplierContact,
} from '@overblik/db';

/**
 * Keeps the full-text index in step with the register: every use case that writes a contract, supplier,
 * contact, price element or document calls one of these in the same transaction, so the index never
 * shows what was rolled back and never misses what was written.
 */
const texts = (
  owner: { contractId: string | null; supplierId: string | null },
  fields: Record<string, string | null | undefined>,
): SearchText[] =>
  Object.entries(fields)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== '')
    .map(([field, body]) => ({ field, body, ...owner }));

/** The contract's text fields its declaration marks as searched (packages/core CONTRACT_FIELDS). */
const SEARCHED_TEXT_FIELDS = fieldNames(
  CONTRACT_FIELDS,
  (spec) => spec.kind === 'text' && spec.searched === true,
) as ContractTextField[];

/** The supplier's and the price element's fields their declarations mark as searched (all text as stored). */
const SEARCHED_SUPPLIER_FIELDS = searchedFieldNames(SUPPLIER_FIELDS);
const SEARCHED_PRICE_ELEMENT_FIELDS = searchedFieldNames(PRICE_ELEMENT_FIELDS);

export async function indexContract(trx: Executor, contract: Contract): Promise<void> {
  await indexContracts(trx, contract.organisationId, [contract]);
}

/** `indexContract` for many contracts of one organisation (an import's batch), in a few statements. */
export async function indexContracts(
  trx: Executor,
  organisationId: string,
  contracts: ReadonlyArray<Omit<Contract, 'supplierName'>>,
): Promise<void> {
  await replaceSearchTextsOf(
    trx,
    organisationId,
    'contract',
    contracts.map((contract) => ({
      entityId: contract.id,
      texts: texts(
        { contractId: contract.id, supplierId: contract.supplierId },
        {
          number: contract.number,
          name: contract.name,
          tags: contract.tags.join(', '),
          ...Object.fromEntries(SEARCHED_TEXT_FIELDS.map((field) => [field, contract[field]])),
        },
      ),
    })),
  );
}

export async function indexSupplier(trx: Executor, supplier: Supplier): Promise<void> {
  await replaceSearchTexts(
    trx,
    supplier.organisationId,
    'supplier',
    supplier.id,
    texts(
      { contractId: null, supplierId: supplier.id },
      Object.fromEntries(SEARCHED_SUPPLIER_FIELDS.map((field) => [field, supplier[field]])),
    ),
  );
}

export async function indexContact(trx: Executor, contact: SupplierContact): Promise<void> {
  await replaceSearchTexts(
    trx,
    contact.organisationId,
    'contact',
    contact.id,
    texts(
      { contractId: null, supplierId: contact.supplierId },
      { name: contact.name, role: contact.role, email: contact.email, phone: contact.phone },
    ),
  );
}

export async function indexPriceElement(trx: Executor, element: PriceElement): Promise<void> {
  await replaceSearchTexts(
    trx,
    element.organisationId,
    'price_element',
    element.id,
    texts(
      { contractId: element.contractId, supplierId: null },
      Object.fromEntries(SEARCHED_PRICE_ELEMENT_FIELDS.map((field) => [field, element[field]])),
    ),
  );
}

/**
 * A document's title and notes, and the text of its current version in chunks (each a place a hit can be
 * shown); `keep` keeps the text already indexed (when only the title or notes changed).
 */
export async function indexDocument(trx: Executor, organisationId: string, documentId: string, text: string | null | 'keep') {
  const document = await getDocument(trx, organisationId, documentId);
  if (!document) return;
  const owner = { contractId: document.contractId, supplierId: document.supplierId };
  const chunks =
    text === 'keep'
      ? (await listSearchTexts(trx, organisationId, 'document', documentId))
          .filter((t) => t.field.startsWith('text:'))
          .map((t) => t.body)
      : text === null
        ? []
        : chunkText(text, 10_000);
  await replaceSearchTexts(trx, organisationId, 'document', documentId, [
    ...texts(owner, { title: document.title, notes: document.notes }),
    ...chunks.map((body, index) => ({ field: `text:${index + 1}`, body, ...owner })),
  ]);
}

export async function unindex(trx: Executor, organisationId: string, kind: SearchKind, entityId: string): Promise<void> {
  await removeSearchTexts(trx, organisationId, kind, entityId);
}

/** Splits long text into pieces of about `size` characters, at white space where there is some. */
export function chunkText(text: string, size: number): string[] {
  const chunks: string[] = [];
  let rest = text.trim();
  while (rest.length > size) {
    const cut = rest.lastIndexOf(' ', size);
    const at = cut > size / 2 ? cut : size;
    chunks.push(rest.slice(0, at));
    rest = rest.slice(at).trimStart();
  }
  if (rest) chunks.push(rest);
  return chunks;
}
