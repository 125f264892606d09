// Aggregation of children into a parent score, per unit: weighted arithmetic, geometric or harmonic
// mean over the children present (weights renormalised), blank when fewer than `minCount` children
// have a value. Each does the operations of its formula in the LevelN sheets, in the same order.
import type { AggregationMethod } from '../method';

export interface AggregateInput {
	/** Scores of the children (one array per child, one value per unit). */
	children: Float64Array[];
	/** Weights of the children, same order. */
	weights: ArrayLike<number>;
	/** Fewest children with a value (0 = no threshold). */
	minCount: number;
}

export type Aggregator = (input: AggregateInput, out: Float64Array, n: number) => void;

/** Children present (COUNT over the children's cells). */
function present(children: Float64Array[], u: number): number {
	let c = 0;
	for (const s of children) if (s[u] === s[u]) c++;
	return c;
}

/** Σ wᵢxᵢ / Σ wᵢ over the children present. */
const arithmetic: Aggregator = ({ children, weights, minCount }, out, n) => {
	const m = children.length;
	for (let u = 0; u < n; u++) {
		if (minCount > 0 && present(children, u) < minCount) {
			out[u] = NaN;
			continue;
		}
		let num = 0;
		let den = 0;
		for (let j = 0; j < m; j++) {
			const s = children[j][u];
			const w = weights[j];
			if (s === s) {
				num += s * w;
				den += w;
			}
		}
		out[u] = den === 0 ? NaN : num / den;
	}
};

/** exp(Σ wᵢ ln xᵢ / Σ wᵢ); 0 when a child present with a positive weight is 0. */
const geometric: Aggregator = ({ children, weights, minCount }, out, n) => {
	const m = children.length;
	for (let u = 0; u < n; u++) {
		if (minCount > 0 && present(children, u) < minCount) {
			out[u] = NaN;
			continue;
		}
		let zero = false;
		let logs = 0;
		let den = 0;
		for (let j = 0; j < m; j++) {
			const s = children[j][u];
			const w = weights[j];
			if (s === s) {
				if (s === 0 && w > 0) zero = true;
				if (w !== 0) logs += w * Math.log(s);
				den += w;
			}
		}
		const r = zero ? 0 : Math.exp(logs / den);
		out[u] = den === 0 || !Number.isFinite(r) ? NaN : r;
	}
};

/** Σ wᵢ / Σ (wᵢ / xᵢ); blank when a child present with a weight is 0 (refused beforehand). */
const harmonic: Aggregator = ({ children, weights, minCount }, out, n) => {
	const m = children.length;
	for (let u = 0; u < n; u++) {
		if (minCount > 0 && present(children, u) < minCount) {
			out[u] = NaN;
			continue;
		}
		let den = 0;
		let inv = 0;
		let bad = false;
		for (let j = 0; j < m; j++) {
			const s = children[j][u];
			const w = weights[j];
			if (s === s) {
				den += w;
				if (w !== 0) {
					if (s === 0) bad = true;
					inv += w / s;
				}
			}
		}
		out[u] = bad || inv === 0 || den === 0 ? NaN : den / inv;
	}
};

const AGGREGATORS: Record<AggregationMethod, Aggregator> = { arithmetic, geometric, harmonic };

/** The aggregation of that name; throws on an unknown name. */
export function aggregator(name: AggregationMethod): Aggregator {
	const f = Object.hasOwn(AGGREGATORS, name) ? AGGREGATORS[name] : undefined;
	if (!f) throw new Error(`unknown aggregation method "${name}"`);
	return f;
}
