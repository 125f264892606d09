import { describe, expect, it } from 'vitest';
import { competitionRanks } from '../model/rank';
import { piiTree, randomDataset } from '../testing/fixtures';
import { ModelWorkbook } from '../workbook/workbook';
import {
	buildWalkthrough,
	defaultIndicator,
	pathToRoot,
	rankNeighbours,
	type WalkStep
} from './walkthrough';

const tree = piiTree();
const wb = new ModelWorkbook(tree, randomDataset(tree, 6, 11, 0));
const params = wb.readParams();
const at = (code: string) => tree.indexOf.get(code) as number;

function walk(unit: number, code = '2.1.1'): WalkStep[] {
	return buildWalkthrough({
		tree,
		cells: wb.cells,
		unit,
		indicator: at(code),
		scores: (node) => wb.readNode(node),
		raw: wb.readData(),
		weights: params.weights,
		directions: params.directions,
		ranks: competitionRanks(wb.readNode(tree.root))
	});
}

describe('pathToRoot', () => {
	it('climbs from an indicator to the index', () => {
		expect(pathToRoot(tree, at('2.1.1')).map((n) => tree.nodes[n].code)).toEqual([
			'2.1.1',
			'2.1',
			'P2',
			'IN',
			'PII'
		]);
	});
});

describe('rankNeighbours', () => {
	const scores = [50, 70, 60, 40];
	const ranks = competitionRanks(scores);
	it('takes the unit above and below, or the two below for the leader', () => {
		expect(rankNeighbours(scores, ranks, 2).map((n) => n.unit)).toEqual([1, 0]);
		expect(rankNeighbours(scores, ranks, 1).map((n) => n.unit)).toEqual([2, 0]);
		expect(rankNeighbours(scores, ranks, 3).map((n) => n.unit)).toEqual([0]);
	});
});

describe('buildWalkthrough', () => {
	it('goes raw → bounds → normalised → every aggregate → rank → try it', () => {
		const steps = walk(2);
		expect(steps.map((s) => s.kind)).toEqual([
			'intro',
			'raw',
			'bounds',
			'normalise',
			'aggregate',
			'aggregate',
			'aggregate',
			'aggregate',
			'rank',
			'tryValue',
			'tryOthers',
			'tryWeight',
			'recap'
		]);
		const intro = steps[0];
		if (intro.kind !== 'intro') throw new Error();
		expect(intro.counts).toEqual([
			{ level: 1, count: 52 },
			{ level: 2, count: 16 },
			{ level: 3, count: 7 },
			{ level: 4, count: 2 },
			{ level: 5, count: 1 }
		]);
	});

	it('fills in the min-max rule with the real numbers of the workbook', () => {
		const step = walk(2).find((s) => s.kind === 'normalise');
		if (step?.kind !== 'normalise') throw new Error();
		const { value, bounds, score } = step;
		expect(score).toBeCloseTo((100 * (value - bounds.min)) / (bounds.max - bounds.min), 10);
		expect(step.focus).toEqual({
			sheet: 'Normalised',
			row: 3,
			col: 2 + tree.indicatorPos[at('2.1.1')]
		});
		expect(step.excerpt?.rows[0]).toBe(0);
		expect(step.excerpt?.rows).toContain(3);
	});

	it('each aggregate is the weighted mean of its children as the workbook has it', () => {
		for (const step of walk(4)) {
			if (step.kind !== 'aggregate') continue;
			const sum = step.parts.reduce((s, p) => s + (p.present ? p.share * p.value : 0), 0);
			expect(step.score).toBeCloseTo(sum, 10);
			expect(step.parts.map((p) => p.node)).toContain(step.from);
			expect(step.excerpt?.marked[0].sheet).toBe(wb.cells[step.from].sheet);
		}
	});

	it('ranks on the index, names the neighbours, and picks another province for "try it"', () => {
		const steps = walk(0);
		const rank = steps.find((s) => s.kind === 'rank');
		if (rank?.kind !== 'rank') throw new Error();
		expect(rank.n).toBe(6);
		expect(rank.rank).toBeGreaterThan(0);
		expect(rank.neighbours.length).toBeGreaterThan(0);
		expect(rank.focus).toEqual({ sheet: 'Results', row: 1, col: 2 });
		const others = steps.find((s) => s.kind === 'tryOthers');
		if (others?.kind !== 'tryOthers') throw new Error();
		expect(others.other).not.toBe(0);
		if (others.holds === 'max') expect(others.suggest).toBeGreaterThan(others.otherValue);
		const weight = steps.find((s) => s.kind === 'tryWeight');
		expect(weight?.node).toBe(at('P2'));
		expect(weight?.focus).toEqual({ sheet: 'Framework', row: at('P2') + 1, col: 5 });
	});
});

describe('defaultIndicator', () => {
	it('follows an indicator where the unit lies strictly between min and max', () => {
		const raw = [Float64Array.from([1, 2, 3]), Float64Array.from([5, 1, 9])];
		const small = { ...tree, indicators: [10, 11] };
		expect(defaultIndicator(small, raw, 0)).toBe(11);
		expect(defaultIndicator(small, raw, 1)).toBe(10);
		expect(defaultIndicator(small, [Float64Array.from([NaN, 1, 2])], 0)).toBe(10);
	});
});
