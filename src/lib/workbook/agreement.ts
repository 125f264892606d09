// How far the workbook's scores are from the kernel's on the same inputs: the check behind the
// property tests and the benchmark's "agree" column.
import { createKernel, type KernelParams } from '../model/kernel';
import { competitionRanks } from '../model/rank';
import { readResults } from './results';
import type { ModelWorkbook } from './workbook';

export interface Agreement {
	/** Largest absolute difference of a score present in both. */
	worst: number;
	/** First score missing in one and present in the other, or null. */
	missingMismatch: string | null;
	ranksEqual: boolean;
}

/** Compare every node's scores (default inputs: what the workbook holds now). */
export function compareWithKernel(
	wb: ModelWorkbook,
	columns: Float64Array[] = wb.readData(),
	params: KernelParams = wb.readParams()
): Agreement {
	const kernel = createKernel(wb.tree, wb.nUnits).compute(columns, params);
	const results = readResults(wb);
	let worst = 0;
	let missingMismatch: string | null = null;
	wb.tree.nodes.forEach((node, i) => {
		for (let u = 0; u < wb.nUnits; u++) {
			const a = results.scores[i][u];
			const b = kernel.scores[i][u];
			if (Number.isNaN(a) || Number.isNaN(b)) {
				if (Number.isNaN(a) !== Number.isNaN(b) && missingMismatch === null)
					missingMismatch = `${node.code} unit ${u}: workbook ${a}, kernel ${b}`;
			} else worst = Math.max(worst, Math.abs(a - b));
		}
	});
	const ranks = competitionRanks(kernel.scores[wb.tree.root]);
	return {
		worst,
		missingMismatch,
		ranksEqual: results.ranks.every((r, u) => r === ranks[u])
	};
}
