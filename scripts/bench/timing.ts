// Timing helpers for the benchmark: warm-up, repeated samples with performance.now(), percentiles.
import { performance } from 'node:perf_hooks';

export interface Summary {
	median: number;
	p95: number;
	samples: number;
}

/** Run `fn(i)` `warmup` times untimed, then `count` times timed; milliseconds per call. */
export function sample(fn: (i: number) => void, count: number, warmup: number): number[] {
	for (let i = 0; i < warmup; i++) fn(i);
	const times: number[] = [];
	for (let i = 0; i < count; i++) {
		const t0 = performance.now();
		fn(warmup + i);
		times.push(performance.now() - t0);
	}
	return times;
}

/** Milliseconds taken by one call. */
export function timeOnce(fn: () => void): number {
	const t0 = performance.now();
	fn();
	return performance.now() - t0;
}

/** Nearest-rank percentile (p in 0–100) of a non-empty list. */
export function percentile(values: number[], p: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
	return sorted[rank - 1];
}

export function summarise(times: number[]): Summary {
	const sorted = [...times].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
	return { median, p95: percentile(times, 95), samples: times.length };
}
