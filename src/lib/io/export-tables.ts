// The tables users export: raw data (code, name, region, one column per indicator) and results
// (every aggregate's score and rank, the output/input ratio), as rows of cells for CSV or XLSX.
import { competitionRanks } from '../model/rank';
import type { Tree } from '../model/tree';
import type { Framework, Unit } from '../model/types';
import type { OutCell } from './csv-write';
import { aggregateCodes } from './results-csv';

export function rawDataRows(
	units: Unit[],
	indicatorCodes: string[],
	columns: Float64Array[]
): OutCell[][] {
	const withRegion = units.some((u) => u.region);
	const head = ['code', 'name', ...(withRegion ? ['region'] : []), ...indicatorCodes];
	return [
		head,
		...units.map((u, r) => [
			u.code,
			u.name,
			...(withRegion ? [u.region ?? ''] : []),
			...columns.map((col) => (Number.isNaN(col[r]) ? null : col[r]))
		])
	];
}

export interface ResultsInput {
	framework: Framework;
	tree: Tree;
	units: Unit[];
	/** Scores of a node (tree index) for every unit. */
	scores: (node: number) => Float64Array;
	ratio: Float64Array | null;
}

/** code, name, every aggregate score (framework order), rank, OUT/IN, then rank_<code> per aggregate. */
export function resultsRows(input: ResultsInput): OutCell[][] {
	const { tree, units } = input;
	const codes = aggregateCodes(input.framework, tree);
	const columns = codes.map((c) => input.scores(tree.indexOf.get(c) as number));
	const ranks = columns.map((col) => competitionRanks(col));
	const root = codes.indexOf(tree.nodes[tree.root].code);
	const rankCell = (r: number): OutCell => (r > 0 ? r : null);
	const head = [
		'code',
		'name',
		...codes,
		'rank',
		...(input.ratio ? ['OUT/IN'] : []),
		...codes.map((c) => `rank_${c}`)
	];
	return [
		head,
		...units.map((unit, u) => [
			unit.code,
			unit.name,
			...columns.map((col) => (Number.isNaN(col[u]) ? null : col[u])),
			rankCell(ranks[root][u]),
			...(input.ratio ? [Number.isFinite(input.ratio[u]) ? input.ratio[u] : null] : []),
			...ranks.map((r) => rankCell(r[u]))
		])
	];
}
