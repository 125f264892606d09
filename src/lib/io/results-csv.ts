// Results → CSV text: code, name, every aggregate score (framework file order), rank.
// Numbers keep full precision (17 significant digits); missing scores and ranks are empty cells.
import Papa from 'papaparse';
import type { Tree } from '../model/tree';
import type { Framework, Unit } from '../model/types';

export interface ResultsTable {
	framework: Framework;
	tree: Tree;
	units: Unit[];
	/** Per node (tree order): score of every unit, NaN = missing. */
	scores: Float64Array[];
	/** Competition rank per unit; 0 = unranked. */
	ranks: Int32Array;
}

/**
 * 17 significant digits, so that parsing the text gives back the identical double; trailing
 * zeros of the mantissa are dropped (50.000000000000000 → 50). NaN → empty cell.
 */
export function formatFullPrecision(x: number): string {
	if (Number.isNaN(x)) return '';
	if (!Number.isFinite(x)) throw new Error(`cannot write ${x} as a score`);
	const [mantissa, exponent] = x.toPrecision(17).split('e');
	const trimmed = mantissa.includes('.') ? mantissa.replace(/\.?0+$/, '') : mantissa;
	const text = exponent === undefined ? trimmed : `${trimmed}e${exponent}`;
	return text === '-0' ? '0' : text;
}

/** Aggregate codes (nodes with children) in framework file order. */
export function aggregateCodes(framework: Framework, tree: Tree): string[] {
	return framework.nodes
		.map((n) => n.code)
		.filter((code) => tree.children[tree.indexOf.get(code) as number].length > 0);
}

export function resultsCsv(table: ResultsTable): string {
	const { tree, units, scores, ranks } = table;
	const codes = aggregateCodes(table.framework, tree);
	const columns = codes.map((code) => scores[tree.indexOf.get(code) as number]);
	const rows = units.map((unit, u) => [
		unit.code,
		unit.name,
		...columns.map((col) => formatFullPrecision(col[u])),
		ranks[u] > 0 ? String(ranks[u]) : ''
	]);
	const csv = Papa.unparse(
		{ fields: ['code', 'name', ...codes, 'rank'], data: rows },
		{
			newline: '\n'
		}
	);
	return `${csv}\n`;
}
