// Fixed-width report of benchmark results and the performance targets, with PASS/FAIL.
import type { SizeResult } from './measure';

type Metric = 'inputEdit' | 'weightEdit' | 'kernel';

const METRIC_LABEL: Record<Metric, string> = {
	inputEdit: 'workbook input edit → ranks, median',
	weightEdit: 'workbook weight edit → ranks, median',
	kernel: 'kernel recompute → ranks, median'
};

/** [units, metric, limit in ms] */
const TARGETS: [number, Metric, number][] = [
	[63, 'inputEdit', 4],
	[63, 'weightEdit', 4],
	[700, 'inputEdit', 50],
	[700, 'weightEdit', 50],
	[5000, 'kernel', 10]
];

const ms = (x: number) => (x >= 100 ? x.toFixed(1) : x >= 10 ? x.toFixed(2) : x.toFixed(3));

function row(cells: string[], widths: number[]): string {
	return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
}

/** Group labels centred over the columns they span (first column index, number of columns). */
function groupRow(groups: [string, number, number][], widths: number[]): string {
	const starts = widths.map((_, i) => widths.slice(0, i).reduce((a, w) => a + w + 2, 0));
	let line = '';
	for (const [label, from, span] of groups) {
		const width = starts[from + span - 1] + widths[from + span - 1] - starts[from];
		const left = Math.floor((width - label.length) / 2);
		line = line.padEnd(starts[from]) + ' '.repeat(Math.max(0, left)) + label;
	}
	return line;
}

export function resultsTable(results: SizeResult[]): string {
	const widths = [5, 7, 6, 9, 8, 3, 9, 8, 3, 9, 8, 3, 6, 6, 5];
	const head1 = groupRow(
		[
			['input edit → ranks', 3, 3],
			['weight edit → ranks', 6, 3],
			['kernel → ranks', 9, 3],
			['edit / kernel', 12, 2]
		],
		widths
	);
	const head2 = row(
		[
			'units',
			'build s',
			'RSS MB',
			'median ms',
			'p95 ms',
			'N',
			'median ms',
			'p95 ms',
			'N',
			'median ms',
			'p95 ms',
			'N',
			'input',
			'weight',
			'agree'
		],
		widths
	);
	const lines = results.map((r) =>
		row(
			[
				String(r.units),
				(r.buildMs / 1000).toFixed(2),
				r.rssMb.toFixed(0),
				ms(r.inputEdit.median),
				ms(r.inputEdit.p95),
				String(r.inputEdit.samples),
				ms(r.weightEdit.median),
				ms(r.weightEdit.p95),
				String(r.weightEdit.samples),
				ms(r.kernel.median),
				ms(r.kernel.p95),
				String(r.kernel.samples),
				`${(r.inputEdit.median / r.kernel.median).toFixed(0)}×`,
				`${(r.weightEdit.median / r.kernel.median).toFixed(0)}×`,
				r.agree ? 'yes' : 'NO'
			],
			widths
		)
	);
	return [head1, head2, '-'.repeat(head2.length), ...lines].join('\n');
}

/** Target lines with PASS/FAIL; targets whose size was not run are listed as skipped. */
export function targetLines(results: SizeResult[]): { text: string; failed: number } {
	let failed = 0;
	const lines = TARGETS.map(([units, metric, limitMs]) => {
		const r = results.find((x) => x.units === units);
		const name = `${String(units).padStart(5)} units  ${METRIC_LABEL[metric].padEnd(38)} ≤ ${String(limitMs).padStart(2)} ms`;
		if (!r) return `${name}  ${'—'.padStart(9)}  skipped`;
		const v = r[metric].median;
		const pass = v <= limitMs;
		if (!pass) failed++;
		return `${name}  ${ms(v).padStart(9)}  ${pass ? 'PASS' : 'FAIL'}`;
	});
	return { text: lines.join('\n'), failed };
}

/** Kernel (and workbook method change) timings under the other method settings. */
export function methodsTable(results: SizeResult[]): string {
	const widths = [5, 42, 9, 8, 4, 10, 5];
	const head = row(['units', 'method', 'median ms', 'p95 ms', 'N', 'switch ms', 'agree'], widths);
	const lines = results.flatMap((r) =>
		r.methods.map((m) =>
			row(
				[
					String(r.units),
					m.label.padEnd(widths[1]),
					ms(m.kernel.median),
					ms(m.kernel.p95),
					String(m.kernel.samples),
					m.switchMs === null ? '—' : ms(m.switchMs),
					m.agree === null ? '—' : m.agree ? 'yes' : 'NO'
				],
				widths
			)
		)
	);
	return [head, '-'.repeat(head.length), ...lines].join('\n');
}
