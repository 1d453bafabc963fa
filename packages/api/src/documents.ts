import Type, { type Static } from 'typebox';
import { Instant, Name, Nullable, Uuid } from './common.js';

export const DocumentKind = Type.Union([Type.Literal('signed_original'), Type.Literal('working_copy')], {
  description: 'signed_original: the signed contract or appendix; working_copy: a draft or working version',
});
export const TextStatus = Type.Union(
  [Type.Literal('text'), Type.Literal('no_text'), Type.Literal('unsupported'), Type.Literal('failed')],
  {
    description:
      'text: its text is searchable; no_text: it has no text layer (a scan or an image) and is not searchable; unsupported/failed: not read',
  },
);

export const DocumentVersion = Type.Object({
  id: Uuid,
  version: Type.Integer({ minimum: 1 }),
  fileName: Type.String(),
  mediaType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String(),
  textStatus: TextStatus,
  searchable: Type.Boolean(),
  uploadedBy: Type.String(),
  createdAt: Instant,
});
export type DocumentVersion = Static<typeof DocumentVersion>;

export const DocumentSchema = Type.Object({
  id: Uuid,
  contractId: Nullable(Uuid),
  supplierId: Nullable(Uuid),
  title: Type.String(),
  kind: DocumentKind,
  notes: Nullable(Type.String()),
  currentVersion: DocumentVersion,
  versions: Type.Array(DocumentVersion, { description: 'Every version, newest first' }),
  createdAt: Instant,
  updatedAt: Instant,
});
export type DocumentInfo = Static<typeof DocumentSchema>;

export const DocumentPage = Type.Object({ items: Type.Array(DocumentSchema), total: Type.Integer() });
export type DocumentPage = Static<typeof DocumentPage>;

const FileName = Type.String({ minLength: 1, maxLength: 255, pattern: '\\S', description: 'The file name, e.g. kontrakt.pdf' });

export const UploadDocumentQuery = Type.Object(
  {
    fileName: FileName,
    title: Type.Optional(Name),
    kind: Type.Optional(DocumentKind),
  },
  { additionalProperties: false },
);
export type UploadDocumentQuery = Static<typeof UploadDocumentQuery>;

export const UploadVersionQuery = Type.Object({ fileName: FileName }, { additionalProperties: false });
export type UploadVersionQuery = Static<typeof UploadVersionQuery>;

export const UpdateDocumentRequest = Type.Object(
  {
    title: Type.Optional(Name),
    kind: Type.Optional(DocumentKind),
    notes: Type.Optional(Nullable(Type.String({ maxLength: 5000 }))),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateDocumentRequest = Static<typeof UpdateDocumentRequest>;

export const DocumentQuery = Type.Object(
  {
    contractId: Type.Optional(Uuid),
    supplierId: Type.Optional(Uuid),
    changedSince: Type.Optional(Instant),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
  },
  { additionalProperties: false },
);
export type DocumentQuery = Static<typeof DocumentQuery>;

export const DocumentParams = Type.Object({ organisationId: Uuid, documentId: Uuid }, { additionalProperties: false });
export const DocumentVersionParams = Type.Object(
  { organisationId: Uuid, documentId: Uuid, versionId: Uuid },
  { additionalProperties: false },
);

export const SearchQuery = Type.Object(
  {
    q: Type.String({ minLength: 1, maxLength: 200, description: 'Words to find; Danish stemming, each word also as a prefix' }),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 30 })),
  },
  { additionalProperties: false },
);
export type SearchQuery = Static<typeof SearchQuery>;

export const SearchKind = Type.Union([
  Type.Literal('contract'),
  Type.Literal('supplier'),
  Type.Literal('contact'),
  Type.Literal('price_element'),
  Type.Literal('document'),
]);

export const SearchHit = Type.Object({
  kind: SearchKind,
  id: Uuid,
  title: Type.String({ description: 'What was found, e.g. "K-100 Økonomisystem" or the document title' }),
  contract: Nullable(Type.Object({ id: Uuid, number: Type.String(), name: Type.String() })),
  supplier: Nullable(Type.Object({ id: Uuid, name: Type.String() })),
  field: Type.String({
    description: 'Where the words were found: a field name (name, description, notes …) or text:N, the Nth part of a document',
  }),
  snippet: Type.String({ description: 'The text around the hit' }),
  highlight: Nullable(Type.Object({ start: Type.Integer(), end: Type.Integer() }, { description: 'The hit within the snippet' })),
});
export type SearchHit = Static<typeof SearchHit>;

export const SearchResult = Type.Object({ items: Type.Array(SearchHit) });
export type SearchResult = Static<typeof SearchResult>;
