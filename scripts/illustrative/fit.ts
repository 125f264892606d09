// Fits normalised indicator scores (0–100) to each unit's pillar and sub-index targets.
// Every column has one unit pinned at 100 and one at 0, so min-max normalisation leaves the scores
// unchanged and each unit's aggregates depend on its own scores only: units are fitted one by one.
import { effectiveWeights, type Tree } from '../../src/lib/model/tree';
import type { UnitTarget } from './targets';

export interface Structure {
	/** Per indicator position: pillar index (0-based, framework order). */
	pillarOf: number[];
	/** Per indicator position: weight inside its pillar. */
	inPillar: number[];
	/** Per pillar: sub-index (0 = input, 1 = output) and weight inside it. */
	subOf: number[];
	inSub: number[];
}

/** Pinned units per indicator position (unit indices). */
export interface Pins {
	max: number[];
	min: number[];
}

export function structureOf(tree: Tree, weights: ArrayLike<number>): Structure {
	const eff = effectiveWeights(tree, weights);
	const pillars = tree.aggregatesByLevel.get(3) ?? [];
	const subs = tree.aggregatesByLevel.get(4) ?? [];
	if (pillars.length !== 7 || subs.length !== 2)
		throw new Error('expected 7 pillars, 2 sub-indices');
	const ancestor = (node: number, level: number) => {
		let n = node;
		while (n >= 0 && tree.nodes[n].level < level) n = tree.parent[n];
		return n;
	};
	const pillarOf = tree.indicators.map((i) => pillars.indexOf(ancestor(i, 3)));
	const subOf = pillars.map((p) => subs.indexOf(ancestor(p, 4)));
	return {
		pillarOf,
		inPillar: tree.indicators.map((i, k) => eff[i] / eff[pillars[pillarOf[k]]]),
		subOf,
		inSub: pillars.map((p, k) => eff[p] / eff[subs[subOf[k]]])
	};
}

const sigmoid = (x: number) => 100 / (1 + Math.exp(-x));

/**
 * Scores[u][k] for every unit: free scores are 100·σ(base + shift), one shift per unit and pillar,
 * found by bisection. Pillar goals are then moved (published ones only if unreachable) until the
 * input and output sub-indices, and so the PII, are met exactly.
 */
export function fitScores(
	st: Structure,
	targets: UnitTarget[],
	base: number[][],
	pins: Pins
): Float64Array[] {
	const nInd = st.pillarOf.length;
	const nPillars = st.subOf.length;
	const members = Array.from({ length: nPillars }, (_, p) =>
		st.pillarOf.flatMap((q, k) => (q === p ? [k] : []))
	);
	return targets.map((t, u) => {
		const z = new Float64Array(nInd);
		const pinned = Array.from({ length: nInd }, (_, k) =>
			pins.max[k] === u ? 100 : pins.min[k] === u ? 0 : NaN
		);
		const value = (p: number, shift: number) => {
			let s = 0;
			for (const k of members[p]) {
				const v = Number.isNaN(pinned[k]) ? sigmoid(base[u][k] + shift) : pinned[k];
				z[k] = v;
				s += st.inPillar[k] * v;
			}
			return s;
		};
		const solve = (p: number, target: number) => {
			let lo = -20;
			let hi = 20;
			if (value(p, lo) >= target) return value(p, lo);
			if (value(p, hi) <= target) return value(p, hi);
			for (let it = 0; it < 100; it++) {
				const mid = (lo + hi) / 2;
				if (value(p, mid) < target) lo = mid;
				else hi = mid;
			}
			return value(p, (lo + hi) / 2);
		};
		// A pillar target is read as a position inside the range the pins leave free (a leader pinned
		// at 100 on half a pillar cannot score 40 on it), except for published pillar scores.
		const range = t.pillars.map((_, p) => [value(p, -20), value(p, 20)]);
		const clamp = (p: number, v: number) => Math.min(range[p][1], Math.max(range[p][0], v));
		const goal = t.pillars.map((g, p) =>
			t.fixed[p] ? clamp(p, g) : range[p][0] + ((range[p][1] - range[p][0]) * g) / 100
		);
		// Water-filling: a sub-index residual goes to the pillars that can still move that way.
		[t.input, t.output].forEach((target, s) => {
			const group = st.subOf.flatMap((q, p) => (q === s ? [p] : []));
			for (let it = 0; it < 2 * group.length; it++) {
				const r = target - group.reduce((a, p) => a + st.inSub[p] * goal[p], 0);
				const movable = group.filter((p) =>
					r > 0 ? goal[p] < range[p][1] - 1e-9 : goal[p] > range[p][0] + 1e-9
				);
				const free = movable.filter((p) => !t.fixed[p]);
				const open = free.length ? free : movable;
				if (Math.abs(r) < 1e-12 || open.length === 0) break;
				const w = open.reduce((a, p) => a + st.inSub[p], 0);
				for (const p of open) goal[p] = clamp(p, goal[p] + r / w);
			}
		});
		goal.forEach((g, p) => solve(p, g));
		return z;
	});
}

/**
 * Rounding raw values moves each pillar by a few hundredths; nudge, per unit and pillar, the free
 * indicator with the finest score step so the rounded pillar returns to its fitted value.
 * `quantise(k, v)` is the score that score v of indicator k becomes once rounded; `grain[k]` its step.
 */
export function absorbRounding(
	st: Structure,
	z: Float64Array[],
	pins: Pins,
	quantise: (k: number, v: number) => number,
	grain: number[]
): void {
	const nPillars = st.subOf.length;
	z.forEach((scores, u) => {
		for (let p = 0; p < nPillars; p++) {
			const ks = st.pillarOf.flatMap((q, k) =>
				q === p && pins.max[k] !== u && pins.min[k] !== u ? [k] : []
			);
			ks.sort((a, b) => st.inPillar[a] * grain[a] - st.inPillar[b] * grain[b] || a - b);
			const fitted = ks.reduce((s, k) => s + st.inPillar[k] * scores[k], 0);
			for (let pass = 0; pass < 4; pass++) {
				const now = ks.reduce((s, k) => s + st.inPillar[k] * quantise(k, scores[k]), 0);
				const r = fitted - now;
				if (Math.abs(r) < 1e-4) break;
				const k = ks.find((j) => {
					const v = quantise(j, scores[j]) + r / st.inPillar[j];
					return v > 0.5 && v < 99.5;
				});
				if (k === undefined) break;
				scores[k] = quantise(k, scores[k]) + r / st.inPillar[k];
			}
		}
	});
}
