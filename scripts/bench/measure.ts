// Measurements for one unit count: workbook build, input edit → ranks, weight edit → ranks,
// kernel recompute → ranks; then a check that kernel and workbook agree on the edited state.
import { columnsFor } from '../../src/lib/model/dataset';
import { indicatorCodes } from '../../src/lib/model/indicators';
import { createKernel, frameworkParams } from '../../src/lib/model/kernel';
import { competitionRanks } from '../../src/lib/model/rank';
import type { Tree } from '../../src/lib/model/tree';
import { randomDataset, seededRandom } from '../../src/lib/testing/fixtures';
import { ModelWorkbook } from '../../src/lib/workbook/workbook';
import { measureMethods, type MethodTiming } from './methods';
import { sample, summarise, timeOnce, type Summary } from './timing';

export interface SizeResult {
	units: number;
	indicators: number;
	buildMs: number;
	/** Resident memory after the build, MB. */
	rssMb: number;
	inputEdit: Summary;
	weightEdit: Summary;
	kernel: Summary;
	/** Root scores of the kernel equal the workbook's, bit for bit, after all edits. */
	agree: boolean;
	/** The kernel (and the workbook's method change) under other method settings. */
	methods: MethodTiming[];
}

/** Edits timed per size (fewer for big workbooks, whose edits are slow). */
export function editCount(units: number): number {
	if (units <= 100) return 200;
	if (units <= 1000) return 100;
	return 20;
}

export function measureSize(tree: Tree, units: number, seed = 2023): SizeResult {
	const dataset = randomDataset(tree, units, seed);
	const rnd = seededRandom(seed + 1);
	const nInd = tree.indicators.length;
	const edits = editCount(units);
	const warmup = Math.max(3, Math.round(edits / 10));

	let wb: ModelWorkbook | undefined;
	const buildMs = timeOnce(() => (wb = new ModelWorkbook(tree, dataset)));
	const book = wb as ModelWorkbook;
	try {
		const rssMb = process.memoryUsage().rss / 2 ** 20;
		const readRanks = () => competitionRanks(book.readNode(tree.root));

		const inputEdit = summarise(
			sample(
				() => {
					book.setValue(Math.floor(rnd() * units), Math.floor(rnd() * nInd), rnd() * 100);
					readRanks();
				},
				edits,
				warmup
			)
		);
		const weightEdit = summarise(
			sample(
				() => {
					book.setWeight(tree.indicators[Math.floor(rnd() * nInd)], 0.5 + rnd());
					readRanks();
				},
				edits,
				warmup
			)
		);

		const kernel = createKernel(tree, units);
		const columns = columnsFor(dataset, indicatorCodes(tree));
		const params = frameworkParams(tree);
		const kernelTimes = sample(
			() => competitionRanks(kernel.compute(columns, params).scores[tree.root]),
			Math.max(edits, 100),
			20
		);

		const wbRoot = book.readNode(tree.root);
		const kRoot = kernel.compute(book.readData(), book.readParams()).scores[tree.root];
		const agree = wbRoot.every((x, u) => Object.is(x, kRoot[u]));
		const methods = measureMethods(tree, units, dataset, book);
		return {
			units,
			indicators: nInd,
			buildMs,
			rssMb,
			inputEdit,
			weightEdit,
			kernel: summarise(kernelTimes),
			agree,
			methods
		};
	} finally {
		book.destroy();
	}
}
