// Workbook files: exact round trips (same doubles, same scores), validation with the path of each
// problem, and refusal of files that are not workbook files or come from a newer version.
import { describe, expect, it } from 'vitest';
import { compileTree } from '../model/tree';
import { ModelWorkbook } from '../workbook/workbook';
import { readWorkbookFile, workbookFileName, writeWorkbookFile } from './file';
import { FILE_FORMAT, SCHEMA_VERSION, type WorkbookBundle } from './schema';
import { datasetOf, frameworkOf } from './state';
import { smallWorkbook } from './testing';

function bundle(): WorkbookBundle {
	const { workbook, scenario } = smallWorkbook();
	const second = {
		...structuredClone(scenario),
		id: 'second',
		values: [
			[0.1 + 0.2, 1e-300, 123456789.12345679],
			[-0, 5e-324, null],
			[Math.PI, 2 ** 53 + 2, 3],
			[1 / 3, 2, 4]
		],
		weights: { ...scenario.weights, a1: 0.7000000000000001 },
		directions: { ...scenario.directions, b1: -1 as const },
		method: { normalisation: 'minmax', nested: { outlier: [2.25, 3.5] } }
	};
	const meta = { id: 'second', name: 'Kịch bản "B"', createdAt: 1, modifiedAt: 2 };
	return {
		workbook: { ...workbook, scenarios: [...workbook.scenarios, meta] },
		scenarios: [scenario, second]
	};
}

function file(): Record<string, unknown> {
	return JSON.parse(writeWorkbookFile(bundle(), 0));
}

function issuesOf(text: string) {
	const r = readWorkbookFile(text);
	if (r.ok) throw new Error('expected the file to be refused');
	return r.issues;
}

describe('workbook files', () => {
	it('read back exactly what was written: every double, weight, direction and method', () => {
		const b = bundle();
		const r = readWorkbookFile(writeWorkbookFile(b, Date.UTC(2025, 0, 2, 3, 4, 5)));
		if (!r.ok) throw new Error(JSON.stringify(r.issues));
		expect(r.value.scenarios[1].values[0][0]).toBe(0.30000000000000004);
		expect(r.value.scenarios[1].values[1][1]).toBe(5e-324);
		expect(r.value.scenarios[1].values[2][1]).toBe(2 ** 53 + 2);
		expect(r.value.scenarios.map((s) => ({ ...s, workbookId: '' }))).toEqual(
			b.scenarios.map((s) => ({
				...s,
				workbookId: '',
				values: s.values.map((row) => row.map((v) => (Object.is(v, -0) ? 0 : v)))
			}))
		);
		expect(r.value.workbook).toEqual({ ...b.workbook, rev: 0, writer: '' });
	});

	it('gives a colleague the same scores to the last bit', () => {
		const b = bundle();
		const r = readWorkbookFile(writeWorkbookFile(b, 0));
		if (!r.ok) throw new Error('refused');
		const scores = (x: WorkbookBundle) => {
			const wb = new ModelWorkbook(
				compileTree(frameworkOf(x.workbook)),
				datasetOf(x.workbook, x.scenarios[1])
			);
			const out = wb.readAll().map((a) => Array.from(a));
			wb.destroy();
			return out;
		};
		expect(scores(r.value)).toEqual(scores(b));
	});

	it('is versioned JSON, one data row per line', () => {
		const text = writeWorkbookFile(bundle(), 0);
		const f = JSON.parse(text);
		expect(f.format).toBe(FILE_FORMAT);
		expect(f.schemaVersion).toBe(SCHEMA_VERSION);
		expect(f.exportedAt).toBe('1970-01-01T00:00:00.000Z');
		expect(text).toContain('[0.30000000000000004,1e-300,123456789.12345679]');
		expect(f.workbook.rev).toBeUndefined();
	});

	it('names the path of a value that is not a number', () => {
		const f = file() as { scenarios: { values: unknown[][] }[] };
		f.scenarios[1].values[3][2] = '4,5';
		expect(issuesOf(JSON.stringify(f))).toEqual([
			{ path: 'scenarios[1].values[3][2]', code: 'notNumber' }
		]);
	});

	it('names wrong shapes, unknown codes, negative weights and bad directions', () => {
		const f = file() as { workbook: Record<string, unknown>; scenarios: Record<string, unknown>[] };
		f.scenarios[0].values = (f.scenarios[0].values as unknown[]).slice(1);
		(f.scenarios[1].weights as Record<string, unknown>).A = -1;
		(f.scenarios[1].weights as Record<string, unknown>).Z = 1;
		(f.scenarios[1].directions as Record<string, unknown>).a2 = 0;
		const issues = issuesOf(JSON.stringify(f));
		expect(issues).toContainEqual({ path: 'scenarios[0].values', code: 'length', detail: '4' });
		expect(issues).toContainEqual({ path: 'scenarios[1].weights.A', code: 'negative' });
		expect(issues).toContainEqual({
			path: 'scenarios[1].weights.Z',
			code: 'unknownCode',
			detail: 'Z'
		});
		expect(issues).toContainEqual({ path: 'scenarios[1].directions.a2', code: 'notDirection' });
	});

	it('checks the framework with the framework rules (a cycle, a missing indicator column)', () => {
		const f = file() as {
			workbook: { framework: Record<string, unknown>[]; indicators: string[] };
		};
		f.workbook.framework[1].parent = 'a1';
		const issues = issuesOf(JSON.stringify(f));
		expect(issues.every((i) => i.code === 'framework')).toBe(true);
		expect(issues.map((i) => i.path)).toContain('workbook.framework[1]');
		const g = file() as { workbook: { indicators: string[] } };
		g.workbook.indicators = ['a1', 'a2', 'a2'];
		const gi = issuesOf(JSON.stringify(g));
		expect(gi).toContainEqual({ path: 'workbook.indicators[2]', code: 'duplicate', detail: 'a2' });
		expect(gi).toContainEqual({ path: 'workbook.indicators', code: 'missingCode', detail: 'b1' });
	});

	it('names duplicate unit codes and a scenario the workbook does not list', () => {
		const f = file() as { workbook: { units: { code: string }[] }; scenarios: { id: string }[] };
		f.workbook.units[2].code = '01';
		expect(issuesOf(JSON.stringify(f))).toEqual([
			{ path: 'workbook.units[2].code', code: 'duplicate', detail: '01' }
		]);
		const g = file() as { scenarios: { id: string }[] };
		g.scenarios[1].id = 'ghost';
		expect(issuesOf(JSON.stringify(g))).toContainEqual({
			path: 'scenarios[1].id',
			code: 'unknownScenario',
			detail: 'ghost'
		});
	});

	it('refuses what is not a workbook file', () => {
		expect(issuesOf('{ not json')[0].code).toBe('json');
		expect(issuesOf('{"format":"other"}')).toEqual([
			{ path: 'format', code: 'format', detail: FILE_FORMAT }
		]);
		expect(issuesOf('[]')[0].code).toBe('format');
	});

	it('refuses a file from a newer version and migrates an older one with a registered step', () => {
		const f = file();
		expect(issuesOf(JSON.stringify({ ...f, schemaVersion: SCHEMA_VERSION + 1 }))).toEqual([
			{ path: 'schemaVersion', code: 'newer', detail: String(SCHEMA_VERSION + 1) }
		]);
		const older = { ...f, schemaVersion: 1, workbook: { ...(f.workbook as object), title: 'Old' } };
		const r = readWorkbookFile(JSON.stringify(older), {
			target: 2,
			migrations: [
				{ from: 1, workbook: ({ title, ...rest }) => ({ ...rest, name: `${title} → new` }) }
			]
		});
		expect(r.ok && r.value.workbook.name).toBe('Old → new');
	});

	it('makes a safe file name', () => {
		expect(workbookFileName('PII 2023: Hà Nội / bản 2')).toBe('PII 2023_ Hà Nội _ bản 2.pii.json');
		expect(workbookFileName('  ')).toBe('workbook.pii.json');
	});
});
