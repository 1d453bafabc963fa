// Small helpers the benchmarks share.

/** mulberry32: a small deterministic PRNG, so every run generates the same data. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pad = (n, w = 2) => String(n).padStart(w, '0');

/** What the timed functions returned, summed and printed at the end, so no work can be optimised away. */
export const sink = { value: 0 };

/** The median of `rounds` timed runs of fn(round), in ms; what fn returns goes into `sink`. */
export function median(fn, rounds) {
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    sink.value += fn(i) ?? 0;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
