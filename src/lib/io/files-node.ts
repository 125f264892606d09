// Data and framework files for the headless command (Node): the same readers as the app — any CSV
// convention, XLSX, long layout — with problems as located English Issues. Reading a path that does
// not exist throws (ENOENT …) for the caller to word.
import { readFileSync } from 'node:fs';
import type { DatasetWithDenominators } from '../model/dataset';
import { indicatorCodes } from '../model/indicators';
import { compileTree } from '../model/tree';
import type { Framework, Issue, Result } from '../model/types';
import type { Decimal, Delimiter } from './dialect';
import { readFrameworkBytes } from './framework-file';
import { toIssue, type ImportIssue } from './import-issues';
import type { LoadedModel } from './load-model';
import { readRanges, rangesFor } from './plausible';
import { readDatasetBytes, type ReadOptions } from './read-data';
import { knownProvinces, readAliases } from './unit-match';

const dataFile = (name: string) =>
	readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8');

export interface FileOptions {
	delimiter?: Delimiter;
	decimal?: Decimal;
	sheet?: string;
	edition?: string;
	/** Denominator columns the method divides by (population, GRDP, …). */
	denominators?: string[];
}

/** No size limit on the command line. */
const NODE_OPTIONS: ReadOptions = { maxBytes: Number.POSITIVE_INFINITY };

const issues = (list: ImportIssue[]): Issue[] => list.map(toIssue);

export async function readFrameworkData(
	bytes: Uint8Array,
	options: FileOptions = {}
): Promise<Result<Framework>> {
	const read = await readFrameworkBytes(bytes, { ...NODE_OPTIONS, ...options });
	return read.ok
		? { ok: true, value: read.framework, warnings: [] }
		: { ok: false, errors: issues(read.issues) };
}

export async function readDataData(
	bytes: Uint8Array,
	framework: Framework,
	options: FileOptions = {}
): Promise<Result<DatasetWithDenominators>> {
	const tree = compileTree(framework);
	const codes = indicatorCodes(tree);
	const aliases = readAliases(dataFile('aliases.csv'));
	const known = [
		knownProvinces(dataFile('provinces-63.csv'), aliases),
		knownProvinces(dataFile('provinces-34.csv'), aliases)
	];
	const all = readRanges(dataFile('plausible-ranges.csv'));
	const ranges = rangesFor(tree.nodes[tree.root].code, codes, all);
	const source = { indicators: codes, known, ranges };
	const read = await readDatasetBytes(bytes, source, { ...NODE_OPTIONS, ...options });
	if (read.status === 'ready')
		return { ok: true, value: read.dataset, warnings: issues(read.issues) };
	if (read.status === 'needs-decimal') {
		const { text, row, col } = read.example;
		const message = `"${text}" may use "." or "," as the decimal mark; say which with --decimal`;
		return { ok: false, errors: [{ severity: 'error', row, column: col, message }] };
	}
	if (read.status === 'needs-edition') {
		const message = `the file holds several editions (${read.editions.join(', ')}); choose one with --edition`;
		return { ok: false, errors: [{ severity: 'error', message }] };
	}
	return { ok: false, errors: issues(read.issues) };
}

export function readFrameworkFile(path: string, options: FileOptions = {}) {
	return readFrameworkData(readFileSync(path), options);
}

export function readDataFile(path: string, framework: Framework, options: FileOptions = {}) {
	return readDataData(readFileSync(path), framework, options);
}

/** Framework + data bytes (files of any supported format) → the model inputs, like loadModel. */
export async function loadModelBytes(
	frameworkBytes: Uint8Array,
	dataBytes: Uint8Array,
	options: FileOptions = {}
): Promise<LoadedModel> {
	const fw = await readFrameworkData(frameworkBytes);
	if (!fw.ok) return { ok: false, stage: 'framework', errors: fw.errors };
	const data = await readDataData(dataBytes, fw.value, options);
	if (!data.ok) return { ok: false, stage: 'data', errors: data.errors };
	const tree = compileTree(fw.value);
	return { ok: true, framework: fw.value, tree, dataset: data.value, warnings: data.warnings };
}
