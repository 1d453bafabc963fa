import type { BrowserContext, Page } from 'playwright-core';

export type Request = {
  url: string;
  /** The resource type as Chromium names it: Document, Script, Stylesheet, Font, Fetch, Other … */
  type: string;
  status: number;
  mimeType?: string;
  /** `Content-Encoding` of the response ('' when none). */
  encoding: string;
  cacheControl?: string;
  /** Bytes received over the network for this request: headers and body as sent. */
  transferred: number;
  /** The body's size after decoding. */
  size: number;
  done: boolean;
  failed: boolean;
};

export type Totals = { requests: number; transferred: number; size: number };

export type PageLoad = { list: Request[]; total: Totals; byType: Record<string, Totals> };

export function measurePageLoad(
  context: BrowserContext,
  path: string,
  options: { ready: (page: Page) => Promise<unknown>; quietMs?: number },
): Promise<PageLoad & { page: Page; messages: string[] }>;

export function summarise(requests: Request[]): PageLoad;

export function kib(bytes: number): string;
