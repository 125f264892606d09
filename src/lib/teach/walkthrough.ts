// The guided walkthrough for one province and one indicator, built from the live workbook values:
// raw value → min and max → normalised score → each aggregate up to the index → rank, then
// "try it" steps. Each step names the real cells it is about; no number is made up here.
import { childShares, columnBounds, type ChildShare, type ColumnBounds } from '../model/explain';
import type { Tree } from '../model/tree';
import type { NodeCell } from '../workbook/build';
import { BOUNDS_MAX_ROW, BOUNDS_MIN_ROW, FIRST_COL, FIRST_ROW, SHEETS } from '../workbook/layout';
import { rawCell, scoreCell, weightCell } from './cell-meaning';
import type { CellRef } from './formula-tokens';

export interface WalkInput {
	tree: Tree;
	cells: readonly NodeCell[];
	unit: number;
	/** Tree index of the indicator followed. */
	indicator: number;
	/** Scores of a node for every unit, as the workbook computed them. */
	scores: (node: number) => Float64Array;
	/** Raw data columns by indicator position. */
	raw: readonly Float64Array[];
	weights: ArrayLike<number>;
	directions: ArrayLike<number>;
	ranks: Int32Array;
}

/** A few real cells of one sheet to show as a small grid: sheet rows × sheet columns. */
export interface Excerpt {
	sheet: string;
	rows: number[];
	cols: number[];
	marked: CellRef[];
}

export interface Neighbour {
	unit: number;
	rank: number;
	score: number;
}

interface Base {
	node: number;
	focus?: CellRef;
	excerpt?: Excerpt;
}

export type WalkStep = Base &
	(
		| { kind: 'intro'; path: number[]; counts: { level: number; count: number }[] }
		| { kind: 'raw'; value: number }
		| { kind: 'bounds'; bounds: ColumnBounds }
		| { kind: 'normalise'; value: number; bounds: ColumnBounds; direction: number; score: number }
		| { kind: 'aggregate'; from: number; level: number; parts: ChildShare[]; score: number }
		| { kind: 'rank'; score: number; rank: number; n: number; neighbours: Neighbour[] }
		| { kind: 'tryValue'; value: number; bounds: ColumnBounds }
		| {
				kind: 'tryOthers';
				other: number;
				otherValue: number;
				holds: 'max' | 'min';
				suggest: number;
		  }
		| { kind: 'tryWeight'; weight: number }
		| { kind: 'recap' }
	);

export type StepKind = WalkStep['kind'];

const uniqueSorted = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b);

/** The path from an indicator up to the root (tree indices, indicator first). */
export function pathToRoot(tree: Tree, node: number): number[] {
	const path = [node];
	while (tree.parent[path[path.length - 1]] >= 0) path.push(tree.parent[path[path.length - 1]]);
	return path;
}

/** Up to two units ranked next to `unit` on `scores` (the one above, the one below). */
export function rankNeighbours(
	scores: ArrayLike<number>,
	ranks: Int32Array,
	unit: number
): Neighbour[] {
	const order = Array.from({ length: scores.length }, (_, u) => u)
		.filter((u) => ranks[u] > 0)
		.sort((a, b) => ranks[a] - ranks[b] || a - b);
	const at = order.indexOf(unit);
	if (at < 0) return [];
	const picks = at === 0 ? order.slice(1, 3) : [order[at - 1], order[at + 1]];
	return picks
		.filter((u) => u !== undefined)
		.map((u) => ({ unit: u, rank: ranks[u], score: scores[u] }));
}

/** Every step of the walkthrough for `input.unit` following `input.indicator`. */
export function buildWalkthrough(input: WalkInput): WalkStep[] {
	const { tree, cells, unit, indicator, scores, raw, weights, directions, ranks } = input;
	const pos = tree.indicatorPos[indicator];
	const column = raw[pos] ?? new Float64Array();
	const bounds = columnBounds(column);
	const value = column[unit] ?? NaN;
	const col = FIRST_COL + pos;
	const row = FIRST_ROW + unit;
	const holders = [bounds.minUnits[0], bounds.maxUnits[0]].filter((u) => u !== undefined);
	const unitRows = uniqueSorted([unit, ...holders].map((u) => FIRST_ROW + u));
	const path = pathToRoot(tree, indicator);
	const counts = [
		{ level: 1, count: tree.indicators.length },
		...tree.levels.map((level) => ({
			level,
			count: tree.aggregatesByLevel.get(level)?.length ?? 0
		}))
	];
	const steps: WalkStep[] = [{ kind: 'intro', node: indicator, path, counts }];
	const rawRef = rawCell(pos, unit);
	steps.push({
		kind: 'raw',
		node: indicator,
		value,
		focus: rawRef,
		excerpt: { sheet: SHEETS.data, rows: [0, ...unitRows], cols: [0, 1, col], marked: [rawRef] }
	});
	const minRef = { sheet: SHEETS.bounds, row: BOUNDS_MIN_ROW, col };
	steps.push({
		kind: 'bounds',
		node: indicator,
		bounds,
		focus: minRef,
		excerpt: {
			sheet: SHEETS.bounds,
			rows: [0, BOUNDS_MIN_ROW, BOUNDS_MAX_ROW],
			cols: [0, col],
			marked: [minRef, { ...minRef, row: BOUNDS_MAX_ROW }]
		}
	});
	const normRef = scoreCell(cells, indicator, unit);
	steps.push({
		kind: 'normalise',
		node: indicator,
		value,
		bounds,
		direction: directions[indicator] === -1 ? -1 : 1,
		score: scores(indicator)[unit],
		focus: normRef,
		excerpt: { sheet: normRef.sheet, rows: [0, ...unitRows], cols: [0, 1, col], marked: [normRef] }
	});
	for (let i = 1; i < path.length; i++) {
		const node = path[i];
		const from = path[i - 1];
		const kids = tree.children[node];
		const needed = new Set(kids);
		const nodeScores = tree.nodes.map((_, k) => (needed.has(k) ? scores(k) : column));
		const fromRef = scoreCell(cells, from, unit);
		const sameSheet = kids.filter((k) => cells[k].sheet === fromRef.sheet);
		steps.push({
			kind: 'aggregate',
			node,
			from,
			level: tree.nodes[node].level,
			parts: childShares(tree, weights, nodeScores, unit, node),
			score: scores(node)[unit],
			focus: scoreCell(cells, node, unit),
			excerpt: {
				sheet: fromRef.sheet,
				rows: [0, row],
				cols: [0, 1, ...sameSheet.map((k) => cells[k].col)],
				marked: [fromRef]
			}
		});
	}
	const rootScores = scores(tree.root);
	const neighbours = rankNeighbours(rootScores, ranks, unit);
	const resultRef = { sheet: SHEETS.results, row, col: FIRST_COL };
	steps.push({
		kind: 'rank',
		node: tree.root,
		score: rootScores[unit],
		rank: ranks[unit],
		n: Array.from(ranks).filter((r) => r > 0).length,
		neighbours,
		focus: resultRef,
		excerpt: {
			sheet: SHEETS.results,
			rows: [
				0,
				...[unit, ...neighbours.map((n) => n.unit)]
					.sort((a, b) => ranks[a] - ranks[b] || a - b)
					.map((u) => FIRST_ROW + u)
			],
			cols: [0, 1, FIRST_COL],
			marked: [resultRef]
		}
	});
	steps.push({ kind: 'tryValue', node: indicator, value, bounds, focus: rawRef });
	const other = bounds.maxUnits.find((u) => u !== unit);
	const low = bounds.minUnits.find((u) => u !== unit);
	const range = bounds.max - bounds.min;
	if (other !== undefined || low !== undefined) {
		const holds = other !== undefined ? 'max' : 'min';
		const who = (other ?? low) as number;
		const lowered = bounds.min - range / 2;
		steps.push({
			kind: 'tryOthers',
			node: indicator,
			other: who,
			otherValue: column[who],
			holds,
			suggest:
				holds === 'max' ? bounds.max + range / 2 : bounds.min >= 0 ? Math.max(0, lowered) : lowered,
			focus: rawCell(pos, who)
		});
	}
	const pillar = path.find((n) => tree.nodes[n].level === 3) ?? path[1] ?? indicator;
	steps.push({
		kind: 'tryWeight',
		node: pillar,
		weight: weights[pillar],
		focus: weightCell(pillar)
	});
	steps.push({ kind: 'recap', node: tree.root });
	return steps;
}

/**
 * A good indicator to follow for `unit`: the first one where the unit has a value strictly between
 * the lowest and the highest (so normalisation shows something in between); else the first one.
 */
export function defaultIndicator(tree: Tree, raw: readonly Float64Array[], unit: number): number {
	for (let p = 0; p < tree.indicators.length; p++) {
		const { min, max } = columnBounds(raw[p] ?? []);
		const x = raw[p]?.[unit] ?? NaN;
		if (x > min && x < max) return tree.indicators[p];
	}
	return tree.indicators[0];
}
