// One uncertainty analysis run in steps (so a worker can report progress between them): the draws
// come from one seeded generator in a fixed order, so the result depends on the seed only.
import { seededRandom } from '../random';
import { jansenIndices, pooledIndices, saltelliDesign } from './sensitivity';
import {
	meanAbsShift,
	percentileOf,
	uncertaintyModel,
	type UncertaintyInput,
	type UncertaintyOptions,
	type UncertaintyResult,
	type UncertaintySpec
} from './uncertainty';

export function createUncertaintyRun(
	input: UncertaintyInput,
	spec: UncertaintySpec,
	options: UncertaintyOptions
) {
	const model = uncertaintyModel(input, spec);
	const { dims, nUnits, factors } = model;
	const n = Math.max(1, Math.floor(options.runs));
	const random = seededRandom(options.seed);
	const sobol = options.sensitivity && factors.length > 0;
	const design = sobol ? saltelliDesign(n, dims, random) : null;
	/** Evaluations per row: plain 1; Saltelli A, B, then A_B per factor. */
	const perRow = design ? factors.length + 2 : 1;
	const total = n * perRow;
	const ranks = new Int32Array(total * nUnits);
	const u = new Float64Array(dims);
	let done = 0;

	function draw(e: number): void {
		const row = Math.floor(e / perRow);
		const k = e % perRow;
		if (!design) for (let d = 0; d < dims; d++) u[d] = random();
		else if (k === 0) design.rowA(row, u);
		else if (k === 1) design.rowB(row, u);
		else design.rowAB(row, factors[k - 2].dims, u);
	}

	/** Do up to `count` more evaluations; returns how many are done in all. */
	function step(count: number): number {
		const end = Math.min(total, done + count);
		for (; done < end; done++) {
			draw(done);
			model.evaluate(u, ranks.subarray(done * nUnits, (done + 1) * nUnits));
		}
		return done;
	}

	/** Rank statistics (over the plain runs, or the A and B rows) and the indices. */
	function result(): UncertaintyResult {
		const statRows: number[] = [];
		for (let e = 0; e < done; e++) if (e % perRow < 2) statRows.push(e);
		const median = new Float64Array(nUnits);
		const p05 = new Float64Array(nUnits);
		const p95 = new Float64Array(nUnits);
		const column: number[] = [];
		for (let unit = 0; unit < nUnits; unit++) {
			column.length = 0;
			for (const e of statRows) {
				const r = ranks[e * nUnits + unit];
				if (r > 0) column.push(r);
			}
			column.sort((a, b) => a - b);
			median[unit] = column.length ? percentileOf(column, 0.5) : 0;
			p05[unit] = column.length ? percentileOf(column, 0.05) : 0;
			p95[unit] = column.length ? percentileOf(column, 0.95) : 0;
		}
		const rowRanks = (e: number) => ranks.subarray(e * nUnits, (e + 1) * nUnits);
		const shifts = statRows.map((e) => meanAbsShift(model.nominal, rowRanks(e)));
		const out: UncertaintyResult = {
			evaluations: done,
			runs: statRows.length,
			nominal: model.nominal,
			median,
			p05,
			p95,
			meanShift: shifts.reduce((a, b) => a + b, 0) / Math.max(1, shifts.length),
			factors: factors.map((f) => f.name)
		};
		const rows = Math.floor(done / perRow);
		if (design && rows > 1) {
			const at = (j: number, k: number) => j * perRow + k;
			const series = (k: number, f: (e: number) => number) =>
				Float64Array.from({ length: rows }, (_, j) => f(at(j, k)));
			const shiftOf = (e: number) => meanAbsShift(model.nominal, rowRanks(e));
			const ab = (f: (e: number) => number) => factors.map((_, i) => series(i + 2, f));
			const shift = jansenIndices(series(0, shiftOf), series(1, shiftOf), ab(shiftOf));
			const perUnit = Array.from({ length: nUnits }, (_, unit) => {
				const rank = (e: number) => ranks[e * nUnits + unit];
				return jansenIndices(series(0, rank), series(1, rank), ab(rank));
			});
			out.sensitivity = { shift, ranks: pooledIndices(perUnit, factors.length) };
		}
		return out;
	}

	return { total, factors, step, result };
}

/** The whole analysis at once (CLI, tests, benchmark). */
export function runUncertainty(
	input: UncertaintyInput,
	spec: UncertaintySpec,
	options: UncertaintyOptions
): UncertaintyResult {
	const run = createUncertaintyRun(input, spec, options);
	run.step(run.total);
	return run.result();
}
