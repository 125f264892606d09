// The `compute` sub-command: framework + data files (CSV or XLSX) (+ method JSON) → model workbook → results CSV
// or one stage of the pipeline. Input problems come back as located one-line messages; nothing here
// throws on bad input.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { loadModelBytes } from '../lib/io/files-node';
import { aggregateCodes, formatFullPrecision, resultsCsv } from '../lib/io/results-csv';
import { describeWarning } from '../lib/model/diagnose';
import { formatIssue } from '../lib/model/issues';
import { defaultMethod, type MethodSettings } from '../lib/model/method';
import { checkMethod } from '../lib/model/methods/check';
import { parseMethodJson } from '../lib/model/methods/parse';
import type { Unit } from '../lib/model/types';
import type { ComputeOptions, OutputStage } from './args';

export const DEFAULT_FRAMEWORK = fileURLToPath(
	new URL('../lib/data/pii-framework.csv', import.meta.url)
);
export const DEFAULT_DATA = fileURLToPath(
	new URL('../lib/data/illustrative-2023.csv', import.meta.url)
);

export type ComputeOutcome =
	{ ok: true; csv: string; warnings: string[] } | { ok: false; errors: string[] };

export interface MethodInput {
	/** The method file's text and the name that labels it in messages. */
	json?: { text: string; name: string };
	/** Write this stage instead of the results. */
	stage?: OutputStage;
}

/** A file's bytes; CSV text given directly (tests, callers holding text) is encoded as UTF-8. */
const toBytes = (x: string | Uint8Array) =>
	typeof x === 'string' ? new TextEncoder().encode(x) : x;

/** code, name, one column per code (full precision, empty when missing). */
function stageCsv(units: Unit[], codes: string[], columns: Float64Array[]): string {
	const data = units.map((unit, u) => [
		unit.code,
		unit.name,
		...columns.map((col) => formatFullPrecision(col[u]))
	]);
	return `${Papa.unparse({ fields: ['code', 'name', ...codes], data }, { newline: '\n' })}\n`;
}

/**
 * Compute results from CSV texts; `names` label the files in messages. The spreadsheet engine is
 * loaded only once the inputs are valid, so that input errors are reported quickly.
 */
export async function computeResultsCsv(
	frameworkCsv: string | Uint8Array,
	dataCsv: string | Uint8Array,
	names: { framework: string; data: string },
	options: MethodInput = {}
): Promise<ComputeOutcome> {
	let method: MethodSettings = defaultMethod();
	if (options.json) {
		const read = parseMethodJson(options.json.text);
		if (!read.ok)
			return { ok: false, errors: read.errors.map((e) => formatIssue(e, options.json?.name)) };
		method = read.value;
	}
	const denominators = [...new Set(Object.values(method.denominators))];
	const model = await loadModelBytes(toBytes(frameworkCsv), toBytes(dataCsv), { denominators });
	if (!model.ok) {
		const file = model.stage === 'framework' ? names.framework : names.data;
		return { ok: false, errors: model.errors.map((e) => formatIssue(e, file)) };
	}
	const methodIssues = checkMethod(model.tree, method, {
		denominators,
		hasRegions: model.dataset.units.some((u) => u.region)
	}).map((i) => formatIssue(i, options.json?.name ?? 'method'));
	const methodErrors = methodIssues.filter((m) => m.startsWith('error:'));
	if (methodErrors.length) return { ok: false, errors: methodErrors };

	const { ModelWorkbook } = await import('../lib/workbook/workbook');
	const { readResults } = await import('../lib/workbook/results');
	const wb = new ModelWorkbook(model.tree, model.dataset, { undoLimit: 0, method });
	try {
		const results = readResults(wb);
		const unitNames = new Map(model.dataset.units.map((u) => [u.code, u.name]));
		const warnings = [
			...model.warnings.map((w) => formatIssue(w, names.data)),
			...methodIssues,
			...results.warnings.map(
				(w) => `warning: ${describeWarning(w, (code) => unitNames.get(code) ?? code)}`
			)
		];
		const { framework, tree } = model;
		const units = model.dataset.units;
		const leaves = framework.nodes
			.map((n) => n.code)
			.filter((code) => tree.children[tree.indexOf.get(code) as number].length === 0);
		let csv: string;
		if (options.stage === 'treated' || options.stage === 'normalised') {
			const columns = wb.readStage(options.stage);
			const byCode = (code: string) => columns[tree.indicatorPos[tree.indexOf.get(code) as number]];
			csv = stageCsv(units, leaves, leaves.map(byCode));
		} else if (options.stage === 'aggregated') {
			const codes = aggregateCodes(framework, tree);
			csv = stageCsv(
				units,
				codes,
				codes.map((code) => results.scores[tree.indexOf.get(code) as number])
			);
		} else
			csv = resultsCsv({ framework, tree, units, scores: results.scores, ranks: results.ranks });
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

export function fsReason(e: unknown, writing = false): string {
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
	const files: Record<'framework' | 'data' | 'method', string | undefined> = {
		framework: options.framework ?? DEFAULT_FRAMEWORK,
		data: options.data ?? DEFAULT_DATA,
		method: options.method
	};
	const names = {
		framework: label(files.framework as string, options.framework === undefined),
		data: label(files.data as string, options.data === undefined),
		method: options.method ?? ''
	};
	const texts: Partial<Record<keyof typeof files, string | Uint8Array>> = {};
	let unreadable = false;
	for (const kind of ['framework', 'data', 'method'] as const) {
		const path = files[kind];
		if (path === undefined) continue;
		try {
			// Framework and data may be spreadsheets or CSV in any encoding: read them as bytes.
			texts[kind] = kind === 'method' ? readFileSync(path, 'utf8') : readFileSync(path);
		} catch (e) {
			unreadable = true;
			io.stderr(`error: cannot read ${kind} file ${names[kind]}: ${fsReason(e)}`);
		}
	}
	if (unreadable || texts.framework === undefined || texts.data === undefined) return 1;
	const outcome = await computeResultsCsv(texts.framework, texts.data, names, {
		...(typeof texts.method === 'string'
			? { json: { text: texts.method, name: names.method } }
			: {}),
		...(options.stage ? { stage: options.stage } : {})
	});
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
