// Kernel timings under method settings other than the published one (z-scores; GII treatment with
// min-max to [1, 100] and geometric means), and for smaller sizes the workbook's method change
// (sheets rebuilt) with a check that kernel and workbook still agree.
import { columnsFor } from '../../src/lib/model/dataset';
import { indicatorCodes } from '../../src/lib/model/indicators';
import { createKernel, frameworkParams } from '../../src/lib/model/kernel';
import { defaultMethod, type MethodSettings } from '../../src/lib/model/method';
import { competitionRanks } from '../../src/lib/model/rank';
import type { Tree } from '../../src/lib/model/tree';
import type { Dataset } from '../../src/lib/model/types';
import { compareWithKernel } from '../../src/lib/workbook/agreement';
import type { ModelWorkbook } from '../../src/lib/workbook/workbook';
import { sample, summarise, timeOnce, type Summary } from './timing';

export interface MethodTiming {
	label: string;
	kernel: Summary;
	/** Workbook: setMethod (sheets rebuilt and recalculated) then ranks, ms; null when skipped. */
	switchMs: number | null;
	/** Kernel and workbook agree (1e-9, ranks exact) under the method; null when skipped. */
	agree: boolean | null;
}

function benchMethods(): { label: string; method: MethodSettings }[] {
	const zscore = defaultMethod();
	zscore.normalisation.method = 'zscore';
	const geometric = defaultMethod();
	geometric.treatment.method = 'winsorise';
	geometric.normalisation.range = [1, 100];
	geometric.aggregation.method = 'geometric';
	return [
		{ label: 'z-score, arithmetic', method: zscore },
		{ label: 'GII treatment, min-max 1–100, geometric', method: geometric }
	];
}

/** Largest workbook on which the method change is timed (a rebuild at 5,000 units takes long). */
export const MAX_SWITCH_UNITS = 1000;

export function measureMethods(
	tree: Tree,
	units: number,
	dataset: Dataset,
	book: ModelWorkbook
): MethodTiming[] {
	const kernel = createKernel(tree, units);
	const columns = columnsFor(dataset, indicatorCodes(tree));
	const count = units <= 100 ? 200 : units <= 1000 ? 100 : 30;
	return benchMethods().map(({ label, method }) => {
		const params = { ...frameworkParams(tree), method };
		const times = sample(
			() => competitionRanks(kernel.compute(columns, params).scores[tree.root]),
			count,
			10
		);
		if (units > MAX_SWITCH_UNITS)
			return { label, kernel: summarise(times), switchMs: null, agree: null };
		const switchMs = timeOnce(() => {
			book.setMethod(method);
			competitionRanks(book.readNode(tree.root));
		});
		const a = compareWithKernel(book);
		book.undo();
		return {
			label,
			kernel: summarise(times),
			switchMs,
			agree: a.missingMismatch === null && a.worst <= 1e-9 && a.ranksEqual
		};
	});
}
