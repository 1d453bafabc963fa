import { canonicalDecimal } from '../money/decimal-text.js';
import { formatDanishNumber, formatKroner, formatKronerPrice } from '../money/kroner-format.js';
import { divideRatio, multiplyRatio, oreRatioToKroner, type Ratio, ratio, ratioToDecimal } from '../money/ratio.js';
import type { CalendarDate } from '../time/calendar-date.js';
import { formatDanishDate } from '../time/danish-date.js';
import type { InvoicePart, PlannedInvoice, PopulationBasis, PriceBasis } from './plan.js';
import type { CostMember, CostProject } from './project.js';

/**
 * The Danish explanations of a plan: the rules used (printed on every statement) and each invoice's amount, in
 * words a municipal finance officer can check with a calculator.
 */

/** An exact amount of øre as kroner, with up to four decimals (a price per inhabitant can have more than øre). */
export function formatRatioKroner(ore: Ratio): string {
  return formatKronerPrice(oreRatioToKroner(ore));
}

const number = (n: number) => formatDanishNumber(String(n));
const percent = (r: Ratio) => `${formatDanishNumber(canonicalDecimal(ratioToDecimal(multiplyRatio(r, ratio(100)), 4)))} %`;
const period = (start: CalendarDate, end: CalendarDate) => `${formatDanishDate(start)}–${formatDanishDate(end)}`;

export function ruleText(project: CostProject): string {
  const sentences: string[] = [modelText(project)];
  if (project.invoicing === 'kombit') {
    sentences.push(
      'Fakturering efter KOMBITs generelle vilkår: i februar for januar–juni og i september for juli–december. ' +
        'Starter betalingen i februar–august, sendes én faktura i september for perioden til 31. december; ' +
        'starter den i september–december, sendes én faktura ultimo december for perioden til 31. december.',
    );
  } else {
    sentences.push('Fakturering én gang om året i februar for hele året (det første år på den første betalingsdag).');
  }
  const shared = project.model.kind === 'buffet' || project.model.kind === 'shares';
  const time = project.proration === 'days' ? 'dagene' : 'de hele kalendermåneder';
  sentences.push(
    shared
      ? `Kommunens beløb for året fordeles på årets fakturaer efter ${time}, hver dækker, afrundet til hele øre, så de tilsammen giver årsbeløbet.`
      : project.proration === 'days'
        ? 'Hver faktura er årsprisen × dagene i perioden ÷ dagene i året (365 eller 366), afrundet til hele øre, så årets fakturaer tilsammen giver årsprisen.'
        : 'Hver faktura er årsprisen × de hele kalendermåneder i perioden ÷ 12, afrundet til hele øre, så årets fakturaer tilsammen giver årsprisen.',
  );
  if (project.model.kind !== 'shares') {
    const [month, day] = project.populationDate.split('-').map(Number) as [number, number];
    sentences.push(
      `Indbyggertallet er pr. ${formatDanishDate(`2000-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as CalendarDate).replace(' 2000', '')} i faktureringsåret (ellers det senest kendte).`,
    );
  }
  sentences.push(
    `Betalingen løber fra den dag, systemet stilles til rådighed for kommunen, til ${formatDanishDate(project.period.end)} (samme dag for alle).`,
  );
  if (project.members.some((m) => m.pilot) && project.pilotFreeMonths > 0) {
    sentences.push(`Pilotkommuner betaler ikke for de første ${project.pilotFreeMonths} måneder af pilotperioden.`);
  }
  if (project.exitPayment) {
    sentences.push(
      'Udtræder en kommune før periodens udløb, betaler den ved udtrædelsen, hvad den ville have betalt fra udtrædelsen til udløbet; udtrædelse efter udløbet koster intet.',
    );
  }
  return sentences.join(' ');
}

function modelText(project: CostProject): string {
  const model = project.model;
  switch (model.kind) {
    case 'per_inhabitant':
      return model.kink
        ? `Pris: ${formatRatioKroner(model.rate)} pr. indbygger pr. år for de første ${number(model.kink.threshold)} indbyggere og ` +
            `${formatRatioKroner(multiplyRatio(model.rate, model.kink.factor))} (${percent(model.kink.factor)}) for hver indbygger derover (knækrabat).`
        : `Pris: ${formatRatioKroner(model.rate)} pr. indbygger pr. år.`;
    case 'fee_per_inhabitant':
      return `Kontingent: ${formatRatioKroner(model.rate)} pr. indbygger pr. år.`;
    case 'buffet':
      return (
        'Buffetpris: årets forventede omkostninger plus det senest afsluttede års faktiske omkostninger minus det, der blev faktureret for det, ' +
        'divideret med det samlede indbyggertal for de deltagende kommuner (vægtet med den del af året, de deltager); alle betaler samme pris pr. indbygger. ' +
        'Årets beløb fordeles til øre efter største rest. Forbrug uden for buffeten faktureres pr. enhed i februar året efter.'
      );
    case 'shares': {
      const how =
        model.split.kind === 'percent' ? 'faste procentandele' : model.split.kind === 'equal' ? 'lige store andele' : 'vægte';
      return `Andele: hvert års omkostninger fordeles efter ${how} (vægtet med den del af året, kommunen deltager), til øre efter største rest.`;
    }
  }
}

function populationText(p: PopulationBasis): string {
  const as = p.latestKnown ? `seneste kendte tal, pr. ${formatDanishDate(p.date)}` : `pr. ${formatDanishDate(p.date)}`;
  return `${number(p.population)} indbyggere (${as})`;
}

function yearlyPriceText(project: CostProject, basis: PriceBasis): string {
  if (basis.kind !== 'per_inhabitant' && basis.kind !== 'fee_per_inhabitant') return '';
  const model = project.model;
  const kink = model.kind === 'per_inhabitant' ? model.kink : null;
  const rate = model.kind === 'per_inhabitant' || model.kind === 'fee_per_inhabitant' ? model.rate : ratio(0);
  const population = basis.population.population;
  const how =
    kink && population > kink.threshold
      ? `${number(kink.threshold)} × ${formatRatioKroner(rate)} + ${number(population - kink.threshold)} × ${formatRatioKroner(multiplyRatio(rate, kink.factor))}`
      : `${number(population)} × ${formatRatioKroner(rate)}`;
  return `årspris ${formatRatioKroner(basis.yearlyPrice)} for ${populationText(basis.population)}: ${how}`;
}

function unitText(project: CostProject, part: InvoicePart): string {
  return project.proration === 'days' ? `${part.covered} af ${part.unit} dage` : `${part.covered} af 12 måneder`;
}

function partText(project: CostProject, part: InvoicePart): string {
  const basis = part.basis;
  switch (basis.kind) {
    case 'per_inhabitant':
    case 'fee_per_inhabitant':
      return `${part.year}: ${yearlyPriceText(project, basis)}; × ${unitText(project, part)} = ${formatKroner(part.amount)}`;
    case 'buffet': {
      const correction = basis.correction === 0n ? '' : ` inkl. regulering ${formatKroner(basis.correction)} for et afsluttet år`;
      return (
        `${part.year}: buffetpris ${formatRatioKroner(basis.pricePerInhabitant)} pr. indbygger ` +
        `(årets omkostninger ${formatKroner(basis.yearTotal)}${correction}); kommunens beløb for året ${formatKroner(basis.memberYearAmount)} ` +
        `for ${populationText(basis.population)}; denne faktura ${unitText(project, part)}: ${formatKroner(part.amount)}`
      );
    }
    case 'shares':
      return (
        `${part.year}: andel ${project.model.kind === 'shares' && project.model.split.kind === 'percent' ? percent(divideRatio(basis.weight, ratio(100))) : `vægt ${formatDanishNumber(canonicalDecimal(ratioToDecimal(basis.weight, 4)))}`} ` +
        `af årets omkostninger ${formatKroner(basis.yearTotal)}; kommunens beløb for året ${formatKroner(basis.memberYearAmount)}; ` +
        `denne faktura ${unitText(project, part)}: ${formatKroner(part.amount)}`
      );
  }
}

export function invoiceText(project: CostProject, member: CostMember, invoice: PlannedInvoice): string {
  const head = `${member.name}, faktura ${formatDanishDate(invoice.date)}`;
  if (invoice.kind === 'usage') {
    const lines = invoice.usage.map(
      (u) => `${u.name} ${number(u.units)} × ${formatRatioKroner(u.unitPrice)} = ${formatKroner(u.amount)}`,
    );
    return `${head}: forbrug uden for buffeten i ${invoice.start.slice(0, 4)}: ${lines.join('; ')}. I alt ${formatKroner(invoice.amount)}`;
  }
  if (invoice.kind === 'exit') {
    const parts = invoice.parts.map((p) => partText(project, p));
    return (
      `${head}: udtrædelse pr. ${formatDanishDate(invoice.date)} før periodens udløb. Betaling for ${period(invoice.start, invoice.end)}, ` +
      `hvad kommunen ville have betalt: ${parts.join('; ')}. I alt ${formatKroner(invoice.amount)}`
    );
  }
  const [part] = invoice.parts;
  // Every text ends in an amount, whose "kr." ends the sentence too.
  return `${head} for ${period(invoice.start, invoice.end)}: ${part ? partText(project, part) : ''}`;
}
