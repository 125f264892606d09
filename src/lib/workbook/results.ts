// Everything a view or the headless command needs after a recalculation, read from the workbook.
import { diagnose, type ModelWarning } from '../model/diagnose';
import { competitionRanks } from '../model/rank';
import type { ModelWorkbook } from './workbook';

export interface ModelResults {
	/** Per node (tree order): score of every unit, NaN = missing. */
	scores: Float64Array[];
	/** Competition rank on the root score; 0 = unranked. */
	ranks: Int32Array;
	warnings: ModelWarning[];
	/** Output/input efficiency ratio (Results sheet), null when the framework has no IN and OUT. */
	ratio: Float64Array | null;
}

export function readResults(wb: ModelWorkbook): ModelResults {
	const scores = wb.readAll();
	return {
		scores,
		ranks: competitionRanks(scores[wb.tree.root]),
		ratio: wb.readRatio(),
		warnings: diagnose(
			wb.tree,
			wb.dataset.units.map((u) => u.code),
			wb.readData(),
			scores
		)
	};
}
