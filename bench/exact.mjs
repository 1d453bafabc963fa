#!/usr/bin/env node
// Exact numbers benchmark (issue 15, "one exact-number representation"): the same two operations in core's two
// exact representations, decimal.js (ExactDecimal, 60 significant digits, invoices) and the bigint Ratio (cost sharing):
//  - invoice line: quantity × unit price (decimal texts) rounded to øre, compared with the line amount;
//  - cost share: rate per inhabitant (kroner, up to four decimals) × population × days covered ÷ days of the year,
//    rounded to øre once.
// BENCH_N operations (default 200,000) with inputs generated from a fixed seed, median of BENCH_ROUNDS (default 5)
// after a warm-up round; both representations must give the same øre for every operation.
//   npx tsc -b packages/core && node bench/exact.mjs
import { exact, exactToOre, kronerToOre, multiplyRatio, ratio, ratioFromDecimal, ratioToOre } from '@overblik/core';
import { median, prng, sink } from './lib.mjs';

const N = Number(process.env.BENCH_N ?? 200_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const r = prng(15);
const decimals = (max, places) => {
  const whole = Math.floor(r() * max);
  const fraction = String(Math.floor(r() * 10 ** places)).padStart(places, '0');
  return `${whole}.${fraction}`;
};

const lines = Array.from({ length: N }, () => ({ quantity: decimals(5000, 3), price: decimals(20000, 4) }));
const shares = Array.from({ length: N }, () => ({
  rate: decimals(60, 4),
  population: Math.floor(2_000 + r() * 650_000),
  covered: Math.floor(1 + r() * 365),
  unit: r() < 0.25 ? 366 : 365,
}));

const HUNDRED = ratio(100);
const variants = {
  'invoice line, decimal.js': () => {
    let sum = 0n;
    for (const l of lines) sum += exactToOre(exact(l.quantity).times(exact(l.price)));
    return sum;
  },
  'invoice line, Ratio': () => {
    let sum = 0n;
    for (const l of lines)
      sum += ratioToOre(multiplyRatio(multiplyRatio(ratioFromDecimal(l.quantity), ratioFromDecimal(l.price)), HUNDRED));
    return sum;
  },
  'cost share, decimal.js': () => {
    let sum = 0n;
    for (const s of shares) {
      const yearly = exact(s.rate).times(100).times(s.population);
      sum += BigInt(yearly.times(s.covered).dividedBy(s.unit).toDecimalPlaces(0, 4 /* ROUND_HALF_UP */).toFixed(0));
    }
    return sum;
  },
  'cost share, Ratio': () => {
    let sum = 0n;
    for (const s of shares) {
      const yearly = multiplyRatio(multiplyRatio(ratioFromDecimal(s.rate), HUNDRED), ratio(s.population));
      sum += ratioToOre(multiplyRatio(yearly, ratio(s.covered, s.unit)));
    }
    return sum;
  },
  'cost share, bigint øre (no fraction type)': () => {
    let sum = 0n;
    for (const s of shares) {
      // Rate in 1/10,000 kroner = 1/100 øre: yearly in 1/100 øre, then × covered ÷ (unit × 100), half away from zero.
      const yearly = kronerToOre(s.rate.slice(0, -2)) * 100n + BigInt(s.rate.slice(-2));
      const num = yearly * BigInt(s.population) * BigInt(s.covered);
      const den = BigInt(s.unit) * 100n;
      sum += (2n * num + den) / (2n * den);
    }
    return sum;
  },
};

const results = {};
for (const [name, run] of Object.entries(variants)) {
  const value = run(); // warm-up, and the value both representations must agree on
  const ms = median(() => Number(run() % 1000n), ROUNDS);
  results[name] = { ms, value };
}
if (results['invoice line, decimal.js'].value !== results['invoice line, Ratio'].value) throw new Error('invoice sums differ');
for (const name of ['cost share, Ratio', 'cost share, bigint øre (no fraction type)']) {
  if (results['cost share, decimal.js'].value !== results[name].value) throw new Error(`${name}: cost sums differ`);
}
console.log(`Exact numbers — node ${process.version}; ${N.toLocaleString('en')} operations each, median of ${ROUNDS}`);
console.log('| operation | ms | ns/op |');
console.log('|---|---:|---:|');
for (const [name, { ms }] of Object.entries(results)) {
  console.log(`| ${name} | ${ms.toFixed(1)} | ${Math.round((ms * 1e6) / N)} |`);
}
console.log(`(sink ${sink.value})`);
