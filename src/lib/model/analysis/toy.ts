// Test support for the analyses: a small framework from rows and raw columns per indicator code.
import { readFrameworkCsv } from '../../io/csv';
import { indicatorCodes } from '../indicators';
import { compileTree, type Tree } from '../tree';

/** [code, parent, weight, direction] — direction left empty on aggregates. */
export type ToyRow = [string, string, string, string];

export function toyTree(rows: ToyRow[]): Tree {
	const text = ['code,parent,name_en,weight,direction']
		.concat(rows.map(([c, p, w, d]) => `${c},${p},${c},${w},${d}`))
		.join('\n');
	const fw = readFrameworkCsv(text);
	if (!fw.ok) throw new Error(fw.errors.map((e) => e.message).join('\n'));
	return compileTree(fw.value);
}

export function toyColumns(tree: Tree, data: Record<string, number[]>): Float64Array[] {
	return indicatorCodes(tree).map((c) => Float64Array.from(data[c]));
}

/** R → A (a1, a2) and B (b1), equal weights; the what-if example worked by hand in the tests. */
export const TOY_ROWS: ToyRow[] = [
	['R', '', '1', ''],
	['A', 'R', '1', ''],
	['a1', 'A', '1', '1'],
	['a2', 'A', '1', '1'],
	['B', 'R', '1', ''],
	['b1', 'B', '1', '1']
];

export const TOY_DATA = { a1: [0, 50, 100], a2: [100, 0, 50], b1: [0, 100, 50] };
