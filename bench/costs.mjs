#!/usr/bin/env node
// Cost-sharing plans benchmark (issue 6): "98 municipalities × 50 projects × 10 years computed in memory".
// BENCH_PROJECTS (default 50) project descriptions are generated with a fixed seed, each with all 98 real
// municipalities of packages/db/data/municipalities.csv as members and a period of BENCH_YEARS (default 10)
// years from 1 January 2025: a fixed mix of models (per inhabitant with and without kink, fee per inhabitant,
// buffet with yearly expected costs, settlements and some usage outside the buffet, shares by percent, equal
// shares and weights), both invoicing rules and both prorations, members made available in waves over the first
// two years, a few pilots and a few exits, and a population for every 1 January of the period (approximate
// real sizes for the largest and smallest municipalities, 1,800–660,000, the rest generated; each grows by
// 0–0.9 % a year). Timed in memory, median of BENCH_ROUNDS (default 5) after a warm-up round:
//  - baseline: the least arithmetic of the same number of invoices: for as many invoices as the plans produce,
//    a yearly price (population × rate in øre) × covered ÷ unit (days ÷ 365/366 or months ÷ 12), rounded to
//    øre, in plain bigint multiply and divide; inputs taken from the plans beforehand, one loop;
//  - JSON.parse of the 50 descriptions (reference, not part of the steps below);
//  - (1) readCostProject of the 50 parsed descriptions (the schema, the meaning rules and the conversion: a save or
//    a CLI run); (1s) costProjectOf of the same, the conversion alone (how the server reads a stored project);
//  - (2) planProject of the 50 projects (every member's invoices with their basis; the Danish text of an invoice
//    is written when it is first read, so a budget forecast never pays for it);
//  - (2t) planProject of the 50 projects and then every invoice's Danish text read, as a plan page shows them;
//  - (3) budgetForecast for each of the 98 municipalities over the 50 plans.
// Each is printed in ms, µs per invoice produced, invoices/s and as its time ÷ the baseline's; then (2) by model,
// each project timed on its own. Sanity checks (members with a payment period have invoices, exits under a price
// per inhabitant one exit invoice; a full year of a per-inhabitant price adds up to the yearly price computed here
// independently; for buffet and shares each year's member amounts add up to the year's total exactly; parts,
// invoices, members and forecasts add up) fail the script loudly; their number is printed.
//   npx tsc -b packages/core packages/db && node bench/costs.mjs
// BENCH_PROJECTS (default 50), BENCH_YEARS (default 10), BENCH_ROUNDS (default 5).
import os from 'node:os';
import { budgetForecast, costProjectOf, planProject, readCostProject } from '@overblik/core';
import { readMunicipalities } from '@overblik/db';
import { median, pad, prng, sink } from './lib.mjs';

const PROJECTS = Number(process.env.BENCH_PROJECTS ?? 50);
const YEARS = Number(process.env.BENCH_YEARS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const FIRST_YEAR = 2025;
const LAST_YEAR = FIRST_YEAR + YEARS - 1;

const municipalities = readMunicipalities();
if (municipalities.length !== 98) throw new Error(`expected 98 municipalities, got ${municipalities.length}`);

// ---------------------------------------------------------------------------------------------------------
// Populations: approximate real figures for the largest and the smallest, the rest generated (log-uniform)

const KNOWN_POPULATION = {
  101: 660_000, // København
  751: 370_000, // Aarhus
  851: 222_000, // Aalborg
  461: 208_000, // Odense
  630: 121_000, // Vejle
  561: 116_000, // Esbjerg
  147: 105_000, // Frederiksberg
  155: 14_500, // Dragør
  482: 12_000, // Langeland
  492: 6_000, // Ærø
  741: 3_700, // Samsø
  563: 3_500, // Fanø
  825: 1_800, // Læsø
};

function makePopulations(seed = 61) {
  const r = prng(seed);
  const byCode = new Map();
  for (const m of municipalities) {
    const base = KNOWN_POPULATION[m.code] ?? Math.round(Math.exp(Math.log(20_000) + r() * Math.log(100_000 / 20_000)));
    const growth = r() * 0.009;
    const years = [];
    for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) years.push(Math.round(base * (1 + growth) ** (y - FIRST_YEAR)));
    byCode.set(m.code, years);
  }
  return byCode;
}

// ---------------------------------------------------------------------------------------------------------
// Project descriptions (the JSON form readCostProject reads)

/** Kroner with two decimals from a number of øre. */
const kroner = (ore) => `${Math.trunc(ore / 100)}.${pad(Math.round(ore) % 100)}`;

/** 50 kinds: 26 per inhabitant (13 with kink), 8 fee, 8 buffet, 8 shares (3 percent, 3 equal, 2 weights). */
function modelKinds(count, r) {
  const base = [
    ...Array(13).fill('per_inhabitant'),
    ...Array(13).fill('per_inhabitant_kink'),
    ...Array(8).fill('fee_per_inhabitant'),
    ...Array(8).fill('buffet'),
    ...Array(3).fill('shares_percent'),
    ...Array(3).fill('shares_equal'),
    ...Array(2).fill('shares_weights'),
  ];
  const kinds = Array.from({ length: count }, (_, i) => base[i % base.length]);
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [kinds[i], kinds[j]] = [kinds[j], kinds[i]];
  }
  return kinds;
}

/** Percent shares in proportion to `sizes`, with four decimals, adding up to exactly 100 (largest remainder). */
function percents(codes, sizes) {
  const units = 1_000_000; // 100.0000 %
  const sum = sizes.reduce((a, b) => a + b, 0);
  const exact = sizes.map((s) => (s * units) / sum);
  const parts = exact.map(Math.floor);
  let left = units - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    parts[i]++;
    left--;
  }
  return Object.fromEntries(codes.map((c, i) => [c, `${Math.trunc(parts[i] / 10_000)}.${pad(parts[i] % 10_000, 4)}`]));
}

function randomDay(r, year, fromMonth = 1, toMonth = 12) {
  const m = fromMonth + Math.floor(r() * (toMonth - fromMonth + 1));
  const d = r() < 0.7 ? 1 : 1 + Math.floor(r() * 28);
  return `${year}-${pad(m)}-${pad(d)}`;
}

function generateProjects(count, populations, seed = 6) {
  const r = prng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const kinds = modelKinds(count, r);
  const yearsOfPeriod = Array.from({ length: YEARS }, (_, i) => FIRST_YEAR + i);
  const population2025 = (code) => populations.get(code)[0];
  const projects = [];
  for (let p = 0; p < count; p++) {
    const kind = kinds[p];
    const invoicing = r() < 0.7 ? 'kombit' : 'yearly';
    const proration = r() < 0.6 ? 'days' : 'months';
    // Waves: the first on 1 January 2025, the others spread over the first two years.
    const waveCount = 3 + Math.floor(r() * 4);
    const waveDates = ['2025-01-01'];
    for (let w = 1; w < waveCount; w++) waveDates.push(randomDay(r, FIRST_YEAR + Math.floor(r() * 2), w === 1 ? 2 : 1));
    waveDates.sort();
    const pilots = new Set();
    while (pilots.size < 2 + Math.floor(r() * 3)) pilots.add(pick(municipalities).code);
    const exits = new Map();
    const exitCount = Math.floor(r() * 4);
    while (exits.size < exitCount) {
      const code = pick(municipalities).code;
      if (!pilots.has(code)) exits.set(code, randomDay(r, FIRST_YEAR + 3 + Math.floor(r() * (YEARS - 4))));
    }
    const members = municipalities.map((m) => {
      const wave = pilots.has(m.code) ? 0 : Math.floor(r() * waveCount);
      const member = {
        code: m.code,
        name: m.name,
        availableFrom: waveDates[wave],
        wave: pilots.has(m.code) ? 'pilot' : `bølge ${wave + 1}`,
        populations: populations.get(m.code).map((population, i) => ({ date: `${FIRST_YEAR + i}-01-01`, population })),
      };
      if (pilots.has(m.code)) member.pilot = true;
      if (exits.has(m.code)) member.exitOn = exits.get(m.code);
      return member;
    });
    let model;
    let businessCase;
    const totalPopulation = municipalities.reduce((s, m) => s + population2025(m.code), 0);
    if (kind === 'per_inhabitant' || kind === 'per_inhabitant_kink') {
      const rateOre = 200 + Math.floor(r() * 2800);
      model = { kind: 'per_inhabitant', rate: kroner(rateOre) };
      if (kind === 'per_inhabitant_kink')
        model.kink = { threshold: pick([50_000, 100_000, 150_000]), factor: pick(['0.5', '0.6', '0.75']) };
      if (r() < 0.5) businessCase = { costs: kroner(Math.round(rateOre * totalPopulation * YEARS * (0.8 + r() * 0.2))) };
    } else if (kind === 'fee_per_inhabitant') {
      model = { kind, rate: `${Math.floor(r() * 5)}.${pad(Math.floor(r() * 10_000), 4)}` };
    } else if (kind === 'buffet') {
      const base = 200_000_000 + Math.floor(r() * 3_800_000_000); // 2–40 million kr in øre
      const expected = yearsOfPeriod.map((_, i) => Math.round(base * 1.02 ** i));
      model = {
        kind: 'buffet',
        years: yearsOfPeriod.map((year, i) => {
          const y = { year, expectedCosts: kroner(expected[i]) };
          if (i > 0 && r() < 0.7) {
            y.settlement = {
              year: year - 1,
              actualCosts: kroner(Math.round(expected[i - 1] * (0.92 + r() * 0.18))),
              billed: kroner(expected[i - 1]),
            };
          }
          return y;
        }),
      };
      if (p % 2 === 0) {
        const usage = {};
        for (let k = 0; k < 12; k++) {
          const code = pick(municipalities).code;
          usage[code] = Object.fromEntries(
            yearsOfPeriod.filter(() => r() < 0.5).map((y) => [String(y), 1 + Math.floor(r() * 400)]),
          );
        }
        model.outside = [{ name: 'Ekstra integrationer', unitPrice: '1250.75', usage }];
      }
    } else {
      const base = 50_000_000 + Math.floor(r() * 950_000_000); // 0.5–10 million kr in øre
      const years = yearsOfPeriod.map((year, i) => ({ year, costs: kroner(Math.round(base * (1 + 0.03 * i))) }));
      const codes = municipalities.map((m) => m.code);
      const split =
        kind === 'shares_percent'
          ? { kind: 'percent', percents: percents(codes, codes.map(population2025)) }
          : kind === 'shares_equal'
            ? { kind: 'equal' }
            : {
                kind: 'weights',
                weights: Object.fromEntries(
                  codes.map((c) => {
                    const n = population2025(c);
                    return [c, n >= 100_000 ? '4' : n >= 50_000 ? '2.5' : n >= 20_000 ? '1.5' : '1'];
                  }),
                ),
              };
      model = { kind: 'shares', years, split };
    }
    const project = {
      name: `Fællesprojekt ${pad(p + 1, 2)} (${kind})`,
      period: { start: `${FIRST_YEAR}-01-01`, end: `${LAST_YEAR}-12-31` },
      invoicing,
      proration,
      model,
      members,
    };
    if (businessCase) project.businessCase = businessCase;
    projects.push(project);
  }
  return projects;
}

// ---------------------------------------------------------------------------------------------------------
// The steps and the baseline

const readAll = (parsed) => parsed.map((json) => readCostProject(json));
const planAll = (projects) => projects.map((p) => planProject(p));
const forecastAll = (plans) => municipalities.map((m) => budgetForecast(m.code, plans));

/**
 * The baseline's inputs, one per invoice the plans produced: the member's population in the invoice's year (or
 * the units of a usage invoice), the project's rate in øre, and the time covered and a whole year's unit.
 */
function baselineInputs(projects, plans) {
  const n = plans.reduce((s, p) => s + p.members.reduce((t, m) => t + m.invoices.length, 0), 0);
  const input = {
    population: new Float64Array(n),
    rate: new Float64Array(n),
    covered: new Float64Array(n),
    unit: new Float64Array(n),
  };
  let i = 0;
  plans.forEach((plan, k) => {
    const rate = projects[k].model.kind.endsWith('per_inhabitant')
      ? Number(projects[k].model.rate.n / projects[k].model.rate.d)
      : 2500;
    for (const member of plan.members) {
      for (const invoice of member.invoices) {
        const part = invoice.parts[0];
        input.population[i] = part?.basis.population?.population ?? invoice.usage[0]?.units ?? 1;
        input.rate[i] = rate;
        input.covered[i] = part?.covered ?? 1;
        input.unit[i] = part?.unit ?? 1;
        i++;
      }
    }
  });
  return { n, input };
}

/** yearly = population × rate; amount = yearly × covered ÷ unit, rounded half up, in bigint øre. */
function baseline({ n, input }) {
  let total = 0n;
  for (let i = 0; i < n; i++) {
    const yearly = BigInt(input.population[i]) * BigInt(input.rate[i]);
    const unit = BigInt(input.unit[i]);
    total += (2n * yearly * BigInt(input.covered[i]) + unit) / (2n * unit);
  }
  return Number(total % 1000n);
}

// ---------------------------------------------------------------------------------------------------------
// Sanity checks

const checks = { count: 0 };
function check(ok, message) {
  checks.count++;
  if (!ok) throw new Error(`sanity check failed: ${message}`);
}

const addMonthsSimple = (date, months) => {
  // Only used for pilots available on the 1st (the generated waves of pilots are 1 January).
  const [y, m, d] = date.split('-').map(Number);
  const index = y * 12 + (m - 1) + months;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}-${pad(d)}`;
};
const dayBefore = (date) => {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
};

/** The yearly price in øre computed here on its own: rate × population, less the kink discount, rounded half up. */
function expectedYearlyOre(model, population) {
  const [whole, fraction = ''] = model.rate.split('.');
  // The rate in 1/10,000 øre (rates have at most four decimals of kroner).
  const rate = BigInt(whole) * 1_000_000n + BigInt(`${fraction}0000`.slice(0, 4)) * 100n;
  let price = rate * BigInt(population); // in 1/10,000 øre
  let scale = 10_000n;
  if (model.kink && population > model.kink.threshold) {
    const f = model.kink.factor.split('.')[1]; // "0.5" → 5 / 10
    const fd = 10n ** BigInt(f.length);
    price = rate * BigInt(model.kink.threshold) * fd + rate * BigInt(population - model.kink.threshold) * BigInt(f);
    scale *= fd;
  }
  return (2n * price + scale) / (2n * scale);
}

function sanity(descriptions, projects, plans, forecasts) {
  let planTotal = 0n;
  plans.forEach((plan, k) => {
    const d = descriptions[k];
    const project = projects[k];
    check(plan.warnings.length === 0, `${plan.name}: warnings ${plan.warnings.join('; ')}`);
    check(plan.members.length === 98, `${plan.name}: ${plan.members.length} members`);
    for (const member of plan.members) {
      const m = d.members.find((x) => x.code === member.code);
      // Does the member have a payment period? From availability (a pilot: 2 months later) to the end or its exit.
      const available = m.pilot ? addMonthsSimple(m.availableFrom, 2) : m.availableFrom;
      const from = available > d.period.start ? available : d.period.start;
      const until = m.exitOn && dayBefore(m.exitOn) < d.period.end ? dayBefore(m.exitOn) : d.period.end;
      const pays = from <= until;
      check((member.paysFrom !== null) === pays, `${plan.name} ${member.code}: paysFrom ${member.paysFrom}, expected ${pays}`);
      if (pays) check(member.invoices.length > 0, `${plan.name} ${member.code}: no invoices`);
      check(
        member.invoices.reduce((s, i) => s + i.amount, 0n) === member.total,
        `${plan.name} ${member.code}: invoices do not add up to the member's total`,
      );
      // An exit before the end costs an exit invoice under a price per inhabitant, nothing else under the others.
      const exitPayment = d.model.kind === 'per_inhabitant' || d.model.kind === 'fee_per_inhabitant';
      const exitInvoices = member.invoices.filter((i) => i.kind === 'exit').length;
      const expectExit = exitPayment && m.exitOn !== undefined && m.exitOn <= d.period.end;
      check(exitInvoices === (expectExit ? 1 : 0), `${plan.name} ${member.code}: ${exitInvoices} exit invoices`);
      for (const invoice of member.invoices) {
        if (invoice.kind !== 'usage') {
          check(
            invoice.parts.reduce((s, p) => s + p.amount, 0n) === invoice.amount,
            `${plan.name} ${member.code} ${invoice.date}: parts do not add up`,
          );
        }
      }
      // Per inhabitant: the invoices of a whole year paid add up to the yearly price rounded to øre.
      if (d.model.kind === 'per_inhabitant' || d.model.kind === 'fee_per_inhabitant') {
        for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
          if (from > `${year}-01-01` || until < `${year}-12-31`) continue;
          const paid = member.invoices
            .filter((i) => i.kind === 'regular' && i.start.startsWith(String(year)))
            .reduce((s, i) => s + i.amount, 0n);
          const population = m.populations[year - FIRST_YEAR].population;
          const expected = expectedYearlyOre(d.model, population);
          check(paid === expected, `${plan.name} ${member.code} ${year}: paid ${paid}, expected ${expected}`);
        }
      }
    }
    // Buffet and shares: each year's member amounts add up to the year's total, exactly.
    if (plan.modelKind === 'buffet' || plan.modelKind === 'shares') {
      const byYear = new Map(); // year → { total, members: Map(code → { amount, paid }) }
      for (const member of plan.members) {
        for (const invoice of member.invoices) {
          for (const part of invoice.parts) {
            const y = byYear.get(part.year) ?? { total: part.basis.yearTotal, members: new Map() };
            byYear.set(part.year, y);
            check(y.total === part.basis.yearTotal, `${plan.name} ${part.year}: two year totals`);
            const mine = y.members.get(member.code) ?? { amount: part.basis.memberYearAmount, paid: 0n };
            y.members.set(member.code, mine);
            check(mine.amount === part.basis.memberYearAmount, `${plan.name} ${member.code} ${part.year}: two year amounts`);
            mine.paid += part.amount;
          }
        }
      }
      check(byYear.size === YEARS, `${plan.name}: ${byYear.size} years shared, expected ${YEARS}`);
      for (const [year, y] of byYear) {
        const shared = [...y.members.values()].reduce((s, x) => s + x.amount, 0n);
        check(shared === y.total, `${plan.name} ${year}: members' amounts ${shared} ≠ year total ${y.total}`);
        for (const [code, x] of y.members) check(x.paid === x.amount, `${plan.name} ${code} ${year}: invoices ≠ year amount`);
      }
      if (project.model.kind === 'shares') {
        const costs = project.model.years;
        for (const [year, y] of byYear) check(costs.get(year) === y.total, `${plan.name} ${year}: year total ≠ the year's costs`);
      }
    }
    check(
      plan.members.reduce((s, m) => s + m.total, 0n) === plan.total,
      `${plan.name}: members' totals do not add up to the plan's`,
    );
    planTotal += plan.total;
  });
  check(forecasts.length === 98, 'a forecast for each municipality');
  const forecastTotal = forecasts.reduce((s, f) => s + f.total, 0n);
  check(forecastTotal === planTotal, `forecasts ${forecastTotal} ≠ plans ${planTotal}`);
  for (const f of forecasts) {
    check(f.projects.length === plans.length, `${f.code}: in ${f.projects.length} projects`);
    check(f.byYear.reduce((s, y) => s + y.amount, 0n) === f.total, `${f.code}: years do not add up`);
  }
}

// ---------------------------------------------------------------------------------------------------------

const g0 = performance.now();
const populations = makePopulations();
const descriptions = generateProjects(PROJECTS, populations);
const texts = descriptions.map((d) => JSON.stringify(d));
const generateMs = performance.now() - g0;
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);

// Warm-up round (also gives the results the checks and the counts are made on).
const parsed = texts.map((t) => JSON.parse(t));
const projects = readAll(parsed);
const plans = planAll(projects);
const forecasts = forecastAll(plans);
sanity(descriptions, projects, plans, forecasts);
const base = baselineInputs(projects, plans);
sink.value += baseline(base);

const parseMs = median(() => texts.map((t) => JSON.parse(t)).length, ROUNDS);
const readMs = median(() => readAll(parsed).length, ROUNDS);
const convertMs = median(() => parsed.map((json) => costProjectOf(json)).length, ROUNDS);
const planMs = median(() => planAll(projects).length, ROUNDS);
const textsOf = (list) =>
  list.reduce((s, p) => s + p.members.reduce((t, m) => t + m.invoices.reduce((u, i) => u + i.text.length, 0), 0), 0);
const planTextMs = median(() => textsOf(planAll(projects)), ROUNDS);
const forecastMs = median(() => forecastAll(plans).length, ROUNDS);
const baseMs = median(() => baseline(base), ROUNDS);
// planProject by model, each project timed on its own (median over the rounds of each kind's sum).
const kindOf = (d) =>
  d.model.kind === 'shares'
    ? `shares (${d.model.split.kind})`
    : d.model.kind === 'per_inhabitant' && d.model.kink
      ? 'per_inhabitant (kink)'
      : d.model.kind;
const kinds = [...new Set(descriptions.map(kindOf))];
const kindTimes = new Map(kinds.map((k) => [k, []]));
for (let round = 0; round < ROUNDS; round++) {
  const sums = new Map(kinds.map((k) => [k, 0]));
  projects.forEach((p, i) => {
    const t0 = performance.now();
    sink.value += planProject(p).members.length;
    const k = kindOf(descriptions[i]);
    sums.set(k, sums.get(k) + performance.now() - t0);
  });
  for (const [k, ms] of sums) kindTimes.get(k).push(ms);
}

// ---------------------------------------------------------------------------------------------------------
// Report

const invoicesOf = (plan) => plan.members.reduce((s, m) => s + m.invoices.length, 0);
const invoices = plans.reduce((s, p) => s + invoicesOf(p), 0);
const byKind = { regular: 0, exit: 0, usage: 0 };
for (const plan of plans) for (const m of plan.members) for (const i of m.invoices) byKind[i.kind]++;
const total = plans.reduce((s, p) => s + p.total, 0n);
const members = plans.reduce((s, p) => s + p.members.length, 0);
const pilots = descriptions.reduce((s, d) => s + d.members.filter((m) => m.pilot).length, 0);
const exits = descriptions.reduce((s, d) => s + d.members.filter((m) => m.exitOn).length, 0);
const kr = (ore) => `${(ore / 100n).toLocaleString('en')} kr`;
const ratioText = (x) => x.toFixed(x < 0.1 ? 3 : x < 10 ? 2 : 1);
const count = (xs, f) => xs.filter(f).length;

console.log(
  `\nCost-sharing plans — node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}); ` +
    `${PROJECTS} projects × ${municipalities.length} municipalities × ${YEARS} years (${FIRST_YEAR}–${LAST_YEAR}), ` +
    `${members.toLocaleString('en')} memberships (${pilots} pilots, ${exits} exits); ` +
    `${count(descriptions, (d) => d.invoicing === 'kombit')} KOMBIT / ${count(descriptions, (d) => d.invoicing === 'yearly')} yearly invoicing, ` +
    `${count(descriptions, (d) => d.proration === 'days')} by days / ${count(descriptions, (d) => d.proration === 'months')} by months; ` +
    `descriptions ${(bytes / 1e6).toFixed(1)} MB of JSON (generated in ${(generateMs / 1000).toFixed(2)} s); ` +
    `${invoices.toLocaleString('en')} invoices (${byKind.regular.toLocaleString('en')} regular, ${byKind.exit} exit, ` +
    `${byKind.usage} usage), ${kr(total)} in all; median of ${ROUNDS}\n`,
);
const rows = [
  { name: 'bigint yearly price × covered ÷ unit, one per invoice (baseline)', ms: baseMs },
  { name: `JSON.parse of the ${PROJECTS} descriptions (reference)`, ms: parseMs },
  { name: `(1) readCostProject, ${PROJECTS} parsed descriptions`, ms: readMs },
  { name: `(1s) costProjectOf (a stored description, not checked again), ${PROJECTS}`, ms: convertMs },
  { name: `(2) planProject, ${PROJECTS} projects`, ms: planMs },
  { name: `(2t) planProject and every invoice's text, ${PROJECTS} projects`, ms: planTextMs },
  { name: `(3) budgetForecast, ${municipalities.length} municipalities × ${PROJECTS} plans`, ms: forecastMs },
  { name: '(1) + (2) + (3)', ms: readMs + planMs + forecastMs },
];
console.log('| step | ms | µs/invoice | invoices/s | ÷ baseline |');
console.log('|---|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(
    `| ${r.name} | ${r.ms.toFixed(1)} | ${((r.ms * 1000) / invoices).toFixed(2)} | ` +
      `${Math.round(invoices / (r.ms / 1000)).toLocaleString('en')} | ${ratioText(r.ms / baseMs)} |`,
  );
}

console.log(`\nplanProject by model (each project timed on its own, median of ${ROUNDS}):\n`);
console.log('| model | projects | invoices | total | ms | µs/invoice |');
console.log('|---|---:|---:|---:|---:|---:|');
for (const k of kinds) {
  const idx = descriptions.map((d, i) => (kindOf(d) === k ? i : -1)).filter((i) => i >= 0);
  const n = idx.reduce((s, i) => s + invoicesOf(plans[i]), 0);
  const t = idx.reduce((s, i) => s + plans[i].total, 0n);
  const times = kindTimes.get(k).sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)];
  console.log(
    `| ${k} | ${idx.length} | ${n.toLocaleString('en')} | ${kr(t)} | ${ms.toFixed(1)} | ${((ms * 1000) / n).toFixed(2)} |`,
  );
}
console.log(`\nSanity checks: ${checks.count.toLocaleString('en')} passed.`);
if (sink.value === -1) console.log(sink.value);
