// The kernel on small hand-made frameworks with hand-computed scores: min-max and directions,
// weight renormalisation, missing, constant and empty data, zero weights, and diagnose()'s warnings;
// plus effective weights and the absence of NaN leaks on the PII framework.
import { describe, expect, it } from 'vitest';
import { readFrameworkCsv } from '../io/csv';
import { piiTree, randomDataset, seededRandom } from '../testing/fixtures';
import { columnsFor } from './dataset';
import { diagnose } from './diagnose';
import { indicatorCodes } from './indicators';
import { createKernel, frameworkParams, type KernelParams } from './kernel';
import { competitionRanks } from './rank';
import { compileTree, effectiveWeights, type Tree } from './tree';

/** [code, parent, weight, direction] — direction left empty on aggregates. */
type Row = [string, string, string, string];

function treeOf(rows: Row[]): Tree {
	const text = ['code,parent,name_en,weight,direction']
		.concat(rows.map(([c, p, w, d]) => `${c},${p},${c},${w},${d}`))
		.join('\n');
	const fw = readFrameworkCsv(text);
	if (!fw.ok) throw new Error(fw.errors.map((e) => e.message).join('\n'));
	return compileTree(fw.value);
}

/** Run the kernel on raw values given per indicator code (one entry per unit). */
function run(rows: Row[], data: Record<string, number[]>, params?: (p: KernelParams) => void) {
	const tree = treeOf(rows);
	const codes = indicatorCodes(tree);
	const nUnits = Object.values(data)[0].length;
	const columns = codes.map((c) => Float64Array.from(data[c] ?? new Array(nUnits).fill(NaN)));
	const p = frameworkParams(tree);
	params?.(p);
	const out = createKernel(tree, nUnits).compute(columns, p);
	const score = (code: string) => Array.from(out.scores[tree.indexOf.get(code) as number]);
	const units = Array.from({ length: nUnits }, (_, u) => `u${u + 1}`);
	return {
		tree,
		out,
		score,
		ranks: () => Array.from(competitionRanks(out.scores[tree.root])),
		warnings: () => diagnose(tree, units, columns, out.scores)
	};
}

/** Same NaN positions, other values equal to 1e-12. */
function expectScores(actual: number[], expected: number[]) {
	expect(actual).toHaveLength(expected.length);
	expected.forEach((e, u) => {
		if (Number.isNaN(e)) expect(actual[u], `unit ${u + 1}`).toBeNaN();
		else expect(actual[u], `unit ${u + 1}`).toBeCloseTo(e, 12);
	});
}

describe('min-max normalisation', () => {
	const m = run(
		[
			['R', '', '1', ''],
			['a', 'R', '1', '1'],
			['b', 'R', '1', '-1']
		],
		{ a: [10, 20, 30], b: [5, 10, 25] }
	);

	it('maps min → 0 and max → 100 for direction 1', () => {
		expectScores(m.score('a'), [0, 50, 100]);
	});

	it('maps min → 100 and max → 0 for direction -1', () => {
		// range 20: (25 - 5) / 20 = 100, (25 - 10) / 20 = 75, 0
		expectScores(m.score('b'), [100, 75, 0]);
	});

	it('records the raw minimum and maximum of each indicator', () => {
		expect(Array.from(m.out.min)).toEqual([10, 5]);
		expect(Array.from(m.out.max)).toEqual([30, 25]);
	});

	it('aggregates the normalised scores, not the raw values', () => {
		expectScores(m.score('R'), [50, 62.5, 50]);
		expect(m.ranks()).toEqual([2, 1, 2]);
	});

	it('flips a direction given in the parameters, not only in the framework', () => {
		const flipped = run(
			[
				['R', '', '1', ''],
				['a', 'R', '1', '1'],
				['b', 'R', '1', '-1']
			],
			{ a: [10, 20, 30], b: [5, 10, 25] },
			(p) => (p.directions[1] = -1)
		);
		expectScores(flipped.score('a'), [100, 50, 0]);
	});
});

describe('weighted means', () => {
	// R → P (weight 3) → a (1), b (3); R → Q (weight 1) → c (2).
	const rows: Row[] = [
		['R', '', '1', ''],
		['P', 'R', '3', ''],
		['a', 'P', '1', '1'],
		['b', 'P', '3', '1'],
		['Q', 'R', '1', ''],
		['c', 'Q', '2', '1']
	];
	const data = { a: [0, 5, 10], b: [10, 0, 5], c: [1, 2, 3] };

	it('renormalises unequal weights within the parent', () => {
		const m = run(rows, data);
		// a = 0, 50, 100; b = 100, 0, 50; c = 0, 50, 100
		expectScores(m.score('P'), [75, 12.5, 62.5]); // (1a + 3b) / 4
		expectScores(m.score('Q'), [0, 50, 100]); // c alone, whatever its weight
		expectScores(m.score('R'), [56.25, 21.875, 71.875]); // (3P + 1Q) / 4
		expect(m.ranks()).toEqual([2, 3, 1]);
	});

	it('gives the same scores when all weights under a parent are scaled', () => {
		const m = run(rows, data, (p) => {
			p.weights[2] *= 10; // a
			p.weights[3] *= 10; // b
		});
		expectScores(m.score('P'), [75, 12.5, 62.5]);
		expectScores(m.score('R'), [56.25, 21.875, 71.875]);
	});

	it('skips a missing child and renormalises over the present ones', () => {
		const m = run(
			[
				['R', '', '1', ''],
				['a', 'R', '1', '1'],
				['b', 'R', '2', '1'],
				['c', 'R', '1', '1']
			],
			{ a: [0, 10, 20], b: [NaN, 0, 4], c: [3, NaN, 1] }
		);
		expectScores(m.score('a'), [0, 50, 100]);
		expectScores(m.score('b'), [NaN, 0, 100]);
		expectScores(m.score('c'), [100, NaN, 0]);
		// u1: (1·0 + 1·100) / 2; u2: (1·50 + 2·0) / 3; u3: (1·100 + 2·100 + 1·0) / 4
		expectScores(m.score('R'), [50, 50 / 3, 75]);
		expect(m.warnings()).toEqual([]);
	});
});

describe('degenerate data', () => {
	const flat: Row[] = [
		['R', '', '1', ''],
		['a', 'R', '1', '1'],
		['b', 'R', '1', '1'],
		['c', 'R', '1', '1']
	];

	it('leaves a constant indicator out (NaN for every unit) and warns about it', () => {
		const m = run(flat, { a: [7, 7, 7], b: [0, 5, 10], c: [0, 0, 10] });
		expectScores(m.score('a'), [NaN, NaN, NaN]);
		expect(m.out.min[0]).toBe(7);
		expect(m.out.max[0]).toBe(7);
		// mean of b = 0, 50, 100 and c = 0, 0, 100
		expectScores(m.score('R'), [0, 25, 100]);
		expect(m.warnings()).toEqual([{ kind: 'constant-indicator', code: 'a', value: 7 }]);
	});

	it('treats an indicator with one value and the rest missing as constant', () => {
		const m = run(flat, { a: [NaN, 4, NaN], b: [0, 5, 10], c: [0, 0, 10] });
		expectScores(m.score('a'), [NaN, NaN, NaN]);
		expectScores(m.score('R'), [0, 25, 100]);
		expect(m.warnings()).toEqual([{ kind: 'constant-indicator', code: 'a', value: 4 }]);
	});

	it('leaves an all-missing indicator out and warns that it is empty', () => {
		const m = run(flat, { a: [NaN, NaN, NaN], b: [0, 5, 10], c: [10, 0, 0] });
		expectScores(m.score('a'), [NaN, NaN, NaN]);
		expect(m.out.min[0]).toBeNaN();
		expect(m.out.max[0]).toBeNaN();
		expectScores(m.score('R'), [50, 25, 50]);
		expect(m.warnings()).toEqual([{ kind: 'empty-indicator', code: 'a' }]);
	});

	// R → P1 (a, b), P2 (c, d).
	const twoPillars: Row[] = [
		['R', '', '1', ''],
		['P1', 'R', '1', ''],
		['a', 'P1', '1', '1'],
		['b', 'P1', '1', '1'],
		['P2', 'R', '1', ''],
		['c', 'P2', '1', '1'],
		['d', 'P2', '1', '1']
	];

	it('gives a unit missing a whole pillar NaN there; the sibling carries the parent', () => {
		const m = run(twoPillars, {
			a: [0, 10, NaN],
			b: [4, 0, NaN],
			c: [0, 5, 10],
			d: [1, 3, 2]
		});
		expectScores(m.score('P1'), [50, 50, NaN]); // a = 0, 100; b = 100, 0
		expectScores(m.score('P2'), [0, 75, 75]); // c = 0, 50, 100; d = 0, 100, 50
		expectScores(m.score('R'), [25, 62.5, 75]); // u3: P2 alone
		expect(m.ranks()).toEqual([3, 2, 1]);
		expect(m.warnings()).toEqual([{ kind: 'missing-branch', unit: 'u3', code: 'P1' }]);
	});

	it('reports a missing branch once, at its highest missing node', () => {
		const m = run(
			[
				['R', '', '1', ''],
				['P1', 'R', '1', ''],
				['S1', 'P1', '1', ''],
				['a', 'S1', '1', '1'],
				['S2', 'P1', '1', ''],
				['b', 'S2', '1', '1'],
				['P2', 'R', '1', ''],
				['S3', 'P2', '1', ''],
				['c', 'S3', '1', '1'],
				['S4', 'P2', '1', ''],
				['d', 'S4', '1', '1']
			],
			{ a: [0, 1, NaN], b: [0, 1, NaN], c: [0, 1, 2], d: [0, NaN, 2] }
		);
		// u2: P1 = 100, P2 = S3 = 50 (S4 missing); u3: P1 missing, P2 = 100
		expectScores(m.score('R'), [0, 75, 100]);
		expect(m.warnings()).toEqual([
			{ kind: 'missing-branch', unit: 'u2', code: 'S4' },
			{ kind: 'missing-branch', unit: 'u3', code: 'P1' }
		]);
	});

	it('gives a unit with no data a NaN root, rank 0 and an unranked warning', () => {
		const m = run(twoPillars, {
			a: [0, 10, NaN],
			b: [4, 0, NaN],
			c: [0, 5, NaN],
			d: [1, 3, NaN]
		});
		expectScores(m.score('P1'), [50, 50, NaN]);
		expectScores(m.score('P2'), [0, 100, NaN]);
		expectScores(m.score('R'), [25, 75, NaN]);
		expect(m.ranks()).toEqual([2, 1, 0]);
		expect(m.warnings()).toEqual([{ kind: 'unranked-unit', unit: 'u3' }]);
	});

	it('scores nothing for a single unit (every indicator is constant) without crashing', () => {
		const m = run(twoPillars, { a: [1], b: [2], c: [3], d: [4] });
		for (const code of ['a', 'b', 'c', 'd', 'P1', 'P2', 'R']) expectScores(m.score(code), [NaN]);
		expect(m.ranks()).toEqual([0]);
		expect(m.warnings()).toEqual([
			{ kind: 'constant-indicator', code: 'a', value: 1 },
			{ kind: 'constant-indicator', code: 'b', value: 2 },
			{ kind: 'constant-indicator', code: 'c', value: 3 },
			{ kind: 'constant-indicator', code: 'd', value: 4 },
			{ kind: 'unranked-unit', unit: 'u1' }
		]);
	});

	it('handles zero units', () => {
		const tree = treeOf(twoPillars);
		const out = createKernel(tree, 0).compute(
			tree.indicators.map(() => new Float64Array(0)),
			frameworkParams(tree)
		);
		expect(out.scores[tree.root]).toHaveLength(0);
		expect(Array.from(out.min)).toEqual([NaN, NaN, NaN, NaN]);
	});
});

describe('zero weights', () => {
	const data = { a: [0, 10], b: [0, 10], c: [10, 0] };

	it('lets a child with weight 0 contribute nothing', () => {
		const rows: Row[] = [
			['R', '', '1', ''],
			['a', 'R', '0', '1'],
			['b', 'R', '1', '1'],
			['c', 'R', '1', '1']
		];
		// a would pull u2 up if it counted: (100 + 100 + 0) / 3
		expectScores(run(rows, data).score('R'), [50, 50]);
		const counted = run(rows, data, (p) => (p.weights[1] = 1));
		expectScores(counted.score('R'), [100 / 3, 200 / 3]);
	});

	it('gives NaN to an aggregate whose children all have weight 0', () => {
		const m = run(
			[
				['R', '', '1', ''],
				['P', 'R', '1', ''],
				['a', 'P', '0', '1'],
				['b', 'P', '0', '1'],
				['Q', 'R', '1', ''],
				['c', 'Q', '1', '1']
			],
			data
		);
		expectScores(m.score('a'), [0, 100]);
		expectScores(m.score('P'), [NaN, NaN]);
		expectScores(m.score('R'), [100, 0]); // Q = c alone
	});
});

describe('effective weights', () => {
	it('multiplies renormalised weights along the path', () => {
		const tree = treeOf([
			['R', '', '1', ''],
			['P', 'R', '3', ''],
			['a', 'P', '1', '1'],
			['b', 'P', '3', '1'],
			['Q', 'R', '1', ''],
			['c', 'Q', '2', '1']
		]);
		const eff = effectiveWeights(tree, frameworkParams(tree).weights);
		const of = (code: string) => eff[tree.indexOf.get(code) as number];
		expect(of('R')).toBe(1);
		expect(of('P')).toBeCloseTo(3 / 4, 15);
		expect(of('a')).toBeCloseTo(3 / 16, 15);
		expect(of('b')).toBeCloseTo(9 / 16, 15);
		expect(of('c')).toBeCloseTo(1 / 4, 15);
	});

	const tree = piiTree();
	const eff = effectiveWeights(tree, frameworkParams(tree).weights);
	const of = (code: string) => eff[tree.indexOf.get(code) as number];

	it('sums to 1 over the 52 PII indicators', () => {
		expect(tree.indicators).toHaveLength(52);
		expect(tree.indicators.reduce((s, i) => s + eff[i], 0)).toBeCloseTo(1, 12);
	});

	it('is 1 / (2 × pillars × sub-pillars × indicators) for a PII indicator', () => {
		expect(of('IN')).toBe(0.5);
		expect(of('P1')).toBeCloseTo(1 / 10, 15); // IN has 5 pillars
		expect(of('P7')).toBeCloseTo(1 / 4, 15); // OUT has 2 pillars
		expect(of('1.1.1')).toBeCloseTo(1 / (2 * 5 * 2 * 3), 15);
		expect(of('2.2.4')).toBeCloseTo(1 / (2 * 5 * 2 * 4), 15);
		expect(of('5.2.1')).toBeCloseTo(1 / (2 * 5 * 3 * 3), 15);
		expect(of('6.1.2')).toBeCloseTo(1 / (2 * 2 * 3 * 2), 15);
		expect(of('7.2.4')).toBeCloseTo(1 / (2 * 2 * 2 * 4), 15);
		// Every indicator, counting siblings from the tree.
		const siblings = (i: number) => tree.children[tree.parent[i]].length;
		for (const i of tree.indicators) {
			const sub = tree.parent[i];
			const pillar = tree.parent[sub];
			expect(eff[i]).toBeCloseTo(1 / (2 * siblings(pillar) * siblings(sub) * siblings(i)), 15);
		}
	});
});

describe('the PII framework on random data', () => {
	it('lets no NaN into an aggregate that has a present child', () => {
		const tree = piiTree();
		const nUnits = 40;
		const dataset = randomDataset(tree, nUnits, 11, 0.45);
		const rnd = seededRandom(5);
		// Blank whole sub-pillars and pillars for some units so every level has missing children.
		const codes = indicatorCodes(tree);
		for (let u = 0; u < nUnits; u++) {
			const prefix = rnd() < 0.3 ? `${1 + Math.floor(rnd() * 7)}.` : null;
			if (prefix)
				codes.forEach((c, k) => {
					if (c.startsWith(prefix)) dataset.values[u * codes.length + k] = NaN;
				});
		}
		for (let k = 0; k < codes.length; k++) dataset.values[k] = NaN; // unit 1: nothing at all
		const columns = columnsFor(dataset, codes);
		const out = createKernel(tree, nUnits).compute(columns, frameworkParams(tree));
		let present = 0;
		let missing = 0;
		for (const a of tree.aggregates)
			for (let u = 0; u < nUnits; u++) {
				const kids = tree.children[a].map((k) => out.scores[k][u]).filter((s) => !Number.isNaN(s));
				const s = out.scores[a][u];
				if (kids.length === 0) {
					expect(s).toBeNaN();
					missing++;
				} else {
					expect(Number.isFinite(s)).toBe(true);
					expect(s).toBeGreaterThanOrEqual(Math.min(...kids) - 1e-9);
					expect(s).toBeLessThanOrEqual(Math.max(...kids) + 1e-9);
					present++;
				}
			}
		// The data really exercised both cases.
		expect(present).toBeGreaterThan(100);
		expect(missing).toBeGreaterThan(20);
		expect(out.scores[tree.root][0]).toBeNaN();
		for (let u = 1; u < nUnits; u++) expect(Number.isFinite(out.scores[tree.root][u])).toBe(true);
	});
});
