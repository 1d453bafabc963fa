import type { Deviation, InvoiceDecisionRequest, InvoiceDetail, InvoiceSummary } from '@overblik/api';

export type Severity = Deviation['severity'];
export type Decision = Exclude<InvoiceDecisionRequest['status'], 'checked'>;

/** The decisions an IT controller can make, in the order they are offered. */
export const DECISIONS = ['approved', 'disputed', 'rejected'] as const satisfies readonly Decision[];

/** Received, checked and disputed invoices can still be assigned, checked again and decided (the server's rule). */
export function isUndecided(status: InvoiceSummary['status']): boolean {
  return status === 'received' || status === 'checked' || status === 'disputed';
}

/** A comment is required to approve an invoice with deviations, and always to reject one. */
export function commentRequired(decision: Decision, deviationCount: number): boolean {
  return decision === 'rejected' || (decision === 'approved' && deviationCount > 0);
}

/** An invoice can only be approved once it has a contract, or is marked as bought outside contract. */
export function needsContractToApprove(decision: Decision, invoice: Pick<InvoiceDetail, 'contractId' | 'outsideContract'>) {
  return decision === 'approved' && invoice.contractId === null && !invoice.outsideContract;
}

const RANK: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** The most serious of the findings, or null when there are none. */
export function maxSeverity(deviations: readonly Pick<Deviation, 'severity'>[]): Severity | null {
  let worst: Severity | null = null;
  for (const d of deviations) if (worst === null || RANK[d.severity] > RANK[worst]) worst = d.severity;
  return worst;
}

/** Findings, the most serious first; equal ones keep the order the check gave them. */
export function bySeverity<T extends Pick<Deviation, 'severity'>>(deviations: readonly T[]): T[] {
  return [...deviations].sort((a, b) => RANK[b.severity] - RANK[a.severity]);
}

/** The findings about the whole invoice (not about one of its lines). */
export function invoiceLevel(deviations: readonly Deviation[]): Deviation[] {
  return deviations.filter((d) => d.lineId === null);
}
