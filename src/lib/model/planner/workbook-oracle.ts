// The planner's door to the spreadsheet workbook: a scratch ModelWorkbook (never the user's) that
// recomputes the index for given columns, so plans are verified by the same formulas users see.
import type { KernelParams } from '../kernel';
import type { Tree } from '../tree';
import type { Dataset, Unit } from '../types';
import { indicatorCodes } from '../indicators';
import { ModelWorkbook } from '../../workbook/workbook';
import type { RootOracle } from './verify';

export interface WorkbookOracle {
	rootScores: RootOracle;
	destroy(): void;
}

function toDataset(tree: Tree, units: readonly Unit[], columns: Float64Array[]): Dataset {
	const rows = columns[0]?.length ?? 0;
	const m = columns.length;
	const values = new Float64Array(rows * m);
	for (let u = 0; u < rows; u++) for (let p = 0; p < m; p++) values[u * m + p] = columns[p][u];
	const all = Array.from(
		{ length: rows },
		(_, u) => units[u] ?? { code: `bound-${u - units.length + 1}`, name: 'bound' }
	);
	return { units: all, indicators: indicatorCodes(tree), values };
}

/**
 * A workbook built once for the shape of `columns` (units + optional bound rows) with the given
 * weights and directions; each call writes only the cells that changed, then reads the root.
 */
export function createWorkbookOracle(
	tree: Tree,
	params: KernelParams,
	units: readonly Unit[],
	columns: Float64Array[]
): WorkbookOracle {
	const wb = new ModelWorkbook(tree, toDataset(tree, units, columns), { undoLimit: 0 });
	const weights = tree.nodes
		.map((n, node) => ({ node, weight: params.weights[node] }))
		.filter(({ node, weight }) => weight !== tree.nodes[node].weight);
	if (weights.length) wb.setWeights(weights);
	for (const node of tree.indicators)
		if (params.directions[node] !== tree.nodes[node].direction)
			wb.setDirection(node, params.directions[node] === -1 ? -1 : 1);
	const last = columns.map((c) => Float64Array.from(c));
	return {
		rootScores(next) {
			const edits: { unit: number; indicator: number; value: number | null }[] = [];
			next.forEach((col, p) => {
				for (let u = 0; u < col.length; u++)
					if (!Object.is(col[u], last[p][u])) {
						edits.push({ unit: u, indicator: p, value: Number.isNaN(col[u]) ? null : col[u] });
						last[p][u] = col[u];
					}
			});
			if (edits.length) wb.setValues(edits);
			return wb.readNode(tree.root);
		},
		destroy: () => wb.destroy()
	};
}
