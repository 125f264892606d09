// The `compute` sub-command: framework CSV + data CSV → model workbook → results CSV.
// Input problems come back as located one-line messages; nothing here throws on bad input.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadModel } from '../lib/io/load-model';
import { resultsCsv } from '../lib/io/results-csv';
import { describeWarning } from '../lib/model/diagnose';
import { formatIssue } from '../lib/model/issues';
import type { ComputeOptions } from './args';

export const DEFAULT_FRAMEWORK = fileURLToPath(
	new URL('../lib/data/pii-framework.csv', import.meta.url)
);
export const DEFAULT_DATA = fileURLToPath(
	new URL('../lib/data/illustrative-2023.csv', import.meta.url)
);

export type ComputeOutcome =
	{ ok: true; csv: string; warnings: string[] } | { ok: false; errors: string[] };

/**
 * Compute results from CSV texts; `names` label the files in messages. The spreadsheet engine is
 * loaded only once the inputs are valid, so that input errors are reported quickly.
 */
export async function computeResultsCsv(
	frameworkCsv: string,
	dataCsv: string,
	names: { framework: string; data: string }
): Promise<ComputeOutcome> {
	const model = loadModel(frameworkCsv, dataCsv);
	if (!model.ok) {
		const file = model.stage === 'framework' ? names.framework : names.data;
		return { ok: false, errors: model.errors.map((e) => formatIssue(e, file)) };
	}
	const { ModelWorkbook } = await import('../lib/workbook/workbook');
	const { readResults } = await import('../lib/workbook/results');
	const wb = new ModelWorkbook(model.tree, model.dataset, { undoLimit: 0 });
	try {
		const results = readResults(wb);
		const unitNames = new Map(model.dataset.units.map((u) => [u.code, u.name]));
		const warnings = [
			...model.warnings.map((w) => formatIssue(w, names.data)),
			...results.warnings.map(
				(w) => `warning: ${describeWarning(w, (code) => unitNames.get(code) ?? code)}`
			)
		];
		const csv = resultsCsv({
			framework: model.framework,
			tree: model.tree,
			units: model.dataset.units,
			scores: results.scores,
			ranks: results.ranks
		});
		return { ok: true, csv, warnings };
	} finally {
		wb.destroy();
	}
}

export interface ComputeIo {
	/** The results CSV when no --out file is given. */
	stdout: (text: string) => void;
	/** One message line (without newline). */
	stderr: (line: string) => void;
}

function fsReason(e: unknown, writing = false): string {
	const code = (e as NodeJS.ErrnoException | null)?.code;
	if (code === 'ENOENT') return writing ? 'its folder does not exist' : 'no such file';
	if (code === 'EISDIR') return 'is a directory';
	if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
	return e instanceof Error ? e.message : String(e);
}

function label(path: string, isDefault: boolean): string {
	return isDefault ? relative(process.cwd(), path) || path : path;
}

/** Run `compute`; returns the exit code (0 done, 1 invalid input or unreadable file). */
export async function runCompute(options: ComputeOptions, io: ComputeIo): Promise<number> {
	const files = {
		framework: options.framework ?? DEFAULT_FRAMEWORK,
		data: options.data ?? DEFAULT_DATA
	};
	const names = {
		framework: label(files.framework, options.framework === undefined),
		data: label(files.data, options.data === undefined)
	};
	const texts: Partial<Record<keyof typeof files, string>> = {};
	for (const kind of ['framework', 'data'] as const) {
		try {
			texts[kind] = readFileSync(files[kind], 'utf8');
		} catch (e) {
			io.stderr(`error: cannot read ${kind} file ${names[kind]}: ${fsReason(e)}`);
		}
	}
	if (texts.framework === undefined || texts.data === undefined) return 1;
	const outcome = await computeResultsCsv(texts.framework, texts.data, names);
	if (!outcome.ok) {
		outcome.errors.forEach(io.stderr);
		return 1;
	}
	outcome.warnings.forEach(io.stderr);
	if (options.out === undefined) {
		io.stdout(outcome.csv);
		return 0;
	}
	try {
		writeFileSync(options.out, outcome.csv, 'utf8');
	} catch (e) {
		io.stderr(`error: cannot write ${options.out}: ${fsReason(e, true)}`);
		return 1;
	}
	return 0;
}
