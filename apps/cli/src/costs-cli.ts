import { type CostProject, formatDanishDate, formatKroner, type ProjectPlan, plainCostValues } from '@overblik/core';

/** The plan as JSON for integrators (docs/cost-sharing.md), in the same form as the API's. */
export function costPlanJson(plan: ProjectPlan): string {
  return JSON.stringify(plainCostValues(plan), null, 2);
}

const pad = (text: string, width: number, right = false) => (right ? text.padStart(width) : text.padEnd(width));

/** The plan as text: the rule, then each member's invoices and totals per year, then the project's totals. */
export function costPlanTable(project: CostProject, plan: ProjectPlan): string {
  const out: string[] = [
    `${plan.name} — ${formatDanishDate(project.period.start)}–${formatDanishDate(project.period.end)}`,
    '',
    plan.rule,
    '',
  ];
  for (const member of plan.members) {
    const facts = [
      member.wave ? `bølge ${member.wave}` : null,
      member.pilot ? 'pilot' : null,
      `til rådighed ${formatDanishDate(member.availableFrom)}`,
      member.exitOn ? `udtræder ${formatDanishDate(member.exitOn)}` : null,
    ].filter(Boolean);
    out.push(`${member.code} ${member.name} (${facts.join(', ')})`);
    for (const invoice of member.invoices) {
      const kind = invoice.kind === 'exit' ? 'udtrædelse' : invoice.kind === 'usage' ? 'forbrug' : '';
      out.push(
        `  ${invoice.date}  ${invoice.start} – ${invoice.end}  ${pad(formatKroner(invoice.amount), 20, true)}  ${kind}`.trimEnd(),
      );
    }
    const years = member.totalsByYear.map((y) => `${y.year}: ${formatKroner(y.amount)}`).join(', ');
    out.push(`  pr. år: ${years || '–'}`, `  i alt: ${formatKroner(member.total)}`, '');
  }
  out.push(`Projektet pr. år: ${plan.totalsByYear.map((y) => `${y.year}: ${formatKroner(y.amount)}`).join(', ')}`);
  out.push(`Projektet i alt: ${formatKroner(plan.total)}`);
  if (plan.businessCase) {
    const { costs, billed, surplus } = plan.businessCase;
    out.push(
      `Business case: omkostninger ${formatKroner(costs)}, faktureret ${formatKroner(billed)}, ` +
        (surplus > 0n
          ? `overskud ${formatKroner(surplus)} (må ikke tjenes; skal sænke prisen eller gå til udvikling)`
          : `intet overskud (${formatKroner(surplus)})`),
    );
  }
  for (const warning of plan.warnings) out.push(`Advarsel: ${warning}`);
  return out.join('\n');
}
