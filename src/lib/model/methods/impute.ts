// Imputation of missing values: none (aggregate over the values present), the indicator's mean, or
// the mean of the unit's group (region). Sums run in unit order, as AVERAGE and AVERAGEIF do.
import type { ImputationMethod } from '../method';
import type { Unit } from '../types';

/** Group of every unit: index of its region in first-seen order, -1 without a region. */
export function unitGroups(units: Unit[]): Int32Array {
	const index = new Map<string, number>();
	return Int32Array.from(units, (u) => {
		if (!u.region) return -1;
		if (!index.has(u.region)) index.set(u.region, index.size);
		return index.get(u.region) as number;
	});
}

export type Imputer = (
	x: ArrayLike<number>,
	groups: ArrayLike<number> | undefined,
	out: Float64Array,
	n: number
) => void;

function keep(x: ArrayLike<number>, _groups: unknown, out: Float64Array, n: number) {
	for (let u = 0; u < n; u++) out[u] = x[u];
}

function indicatorMean(x: ArrayLike<number>, _groups: unknown, out: Float64Array, n: number) {
	let sum = 0;
	let count = 0;
	for (let u = 0; u < n; u++) {
		const v = x[u];
		if (v === v) {
			sum += v;
			count++;
		}
	}
	const mean = count > 0 ? sum / count : NaN;
	for (let u = 0; u < n; u++) out[u] = x[u] === x[u] ? x[u] : mean;
}

function groupMean(
	x: ArrayLike<number>,
	groups: ArrayLike<number> | undefined,
	out: Float64Array,
	n: number
) {
	const group = (u: number) => (groups && u < groups.length ? groups[u] : -1);
	const sums = new Map<number, { sum: number; count: number }>();
	for (let u = 0; u < n; u++) {
		const g = group(u);
		const v = x[u];
		if (g < 0 || v !== v) continue;
		const s = sums.get(g);
		if (s) {
			s.sum += v;
			s.count++;
		} else sums.set(g, { sum: 0 + v, count: 1 });
	}
	for (let u = 0; u < n; u++) {
		if (x[u] === x[u]) out[u] = x[u];
		else {
			const s = sums.get(group(u));
			out[u] = s ? s.sum / s.count : NaN;
		}
	}
}

const IMPUTERS: Record<ImputationMethod, Imputer> = {
	none: keep,
	mean: indicatorMean,
	'group-mean': groupMean
};

/** The imputation method of that name; throws on an unknown name. */
export function imputer(name: ImputationMethod): Imputer {
	const f = Object.hasOwn(IMPUTERS, name) ? IMPUTERS[name] : undefined;
	if (!f) throw new Error(`unknown imputation method "${name}"`);
	return f;
}
