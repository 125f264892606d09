// Workbook files: one versioned JSON document with the framework, units, data, baseline and every
// scenario. Numbers are JSON numbers (shortest exact form), so a file reads back to identical doubles.
// Reading validates everything first and reports each problem with its path in the file.
import { isObject, migrate, type MigrationOptions } from './migrate';
import {
	FILE_EXTENSION,
	FILE_FORMAT,
	SCHEMA_VERSION,
	type ScenarioRecord,
	type WorkbookBundle
} from './schema';
import { stateOf } from './state';
import { checkScenario, checkWorkbook, shapeOf, type Checked, type StoredIssue } from './validate';

/** JSON with tabs, but arrays of plain values (a data row, a code list) kept on one line. */
function layout(x: unknown, indent: string): string {
	if (Array.isArray(x)) {
		if (x.every((v) => !isObject(v) && !Array.isArray(v))) return JSON.stringify(x);
		const inner = indent + '\t';
		return `[\n${x.map((v) => inner + layout(v, inner)).join(',\n')}\n${indent}]`;
	}
	if (isObject(x)) {
		const inner = indent + '\t';
		const entries = Object.entries(x).filter(([, v]) => v !== undefined);
		if (entries.length === 0) return '{}';
		return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${layout(v, inner)}`).join(',\n')}\n${indent}}`;
	}
	return JSON.stringify(x);
}

/** The file text of a workbook and its scenarios (active scenario state as given). */
/** `exportedAt` in milliseconds since 1970. */
export function writeWorkbookFile(bundle: WorkbookBundle, exportedAt: number): string {
	const w = bundle.workbook;
	// Names and dates first, the framework and the data after them.
	const workbook = {
		id: w.id,
		name: w.name,
		createdAt: w.createdAt,
		modifiedAt: w.modifiedAt,
		origin: w.origin,
		activeScenarioId: w.activeScenarioId,
		scenarios: w.scenarios,
		framework: w.framework,
		units: w.units,
		indicators: w.indicators,
		baseline: stateOf(w.baseline)
	};
	const file = {
		format: FILE_FORMAT,
		schemaVersion: SCHEMA_VERSION,
		exportedAt: new Date(exportedAt).toISOString(),
		workbook,
		scenarios: bundle.scenarios.map((s) => ({ id: s.id, ...stateOf(s) }))
	};
	return layout(file, '') + '\n';
}

/** A file name for a workbook: its name with characters file systems refuse replaced. */
export function workbookFileName(name: string): string {
	const safe =
		name
			.replace(/[\\/:*?"<>|]+/g, '_')
			.replace(/\p{Cc}+/gu, '_')
			.trim() || 'workbook';
	return safe.slice(0, 120) + FILE_EXTENSION;
}

/**
 * Read a workbook file: JSON, format, schema version (older files are migrated), then the workbook
 * and every scenario. The result keeps the file's ids; revision 0, no writer.
 */
export function readWorkbookFile(
	text: string,
	options: MigrationOptions = {}
): Checked<WorkbookBundle> {
	let raw: unknown;
	try {
		raw = JSON.parse(text.replace(/^\ufeff/, ''));
	} catch (e) {
		return { ok: false, issues: [{ path: '', code: 'json', detail: (e as Error).message }] };
	}
	if (!isObject(raw) || raw.format !== FILE_FORMAT)
		return { ok: false, issues: [{ path: 'format', code: 'format', detail: FILE_FORMAT }] };
	const version = raw.schemaVersion;
	if (!isObject(raw.workbook))
		return { ok: false, issues: [{ path: 'workbook', code: 'notObject' }] };
	const wb = migrate({ ...raw.workbook, schemaVersion: version }, 'workbook', options);
	if (!wb.ok)
		return {
			ok: false,
			issues: [{ path: 'schemaVersion', code: wb.problem, detail: String(version) }]
		};
	const checked = checkWorkbook(wb.record, 'workbook', false);
	if (!checked.ok) return checked;
	const workbook = checked.value;
	if (!Array.isArray(raw.scenarios))
		return { ok: false, issues: [{ path: 'scenarios', code: 'notList' }] };
	const issues: StoredIssue[] = [];
	const scenarios: ScenarioRecord[] = [];
	const shape = shapeOf(workbook);
	raw.scenarios.forEach((s, i) => {
		const path = `scenarios[${i}]`;
		if (!isObject(s)) return issues.push({ path, code: 'notObject' });
		const m = migrate({ ...s, schemaVersion: version }, 'scenario', options);
		if (!m.ok) return issues.push({ path, code: m.problem });
		const sc = checkScenario(m.record, shape, path);
		if (!sc.ok) return issues.push(...sc.issues);
		if (!workbook.scenarios.some((meta) => meta.id === sc.value.id))
			issues.push({ path: `${path}.id`, code: 'unknownScenario', detail: sc.value.id });
		if (scenarios.some((x) => x.id === sc.value.id))
			issues.push({ path: `${path}.id`, code: 'duplicate', detail: sc.value.id });
		scenarios.push({ ...sc.value, schemaVersion: SCHEMA_VERSION, workbookId: workbook.id });
	});
	for (const meta of workbook.scenarios)
		if (!scenarios.some((s) => s.id === meta.id) && issues.length === 0)
			issues.push({ path: 'scenarios', code: 'missingCode', detail: meta.id });
	if (issues.length) return { ok: false, issues: issues.slice(0, 50) };
	return {
		ok: true,
		value: { workbook: { ...workbook, schemaVersion: SCHEMA_VERSION }, scenarios }
	};
}
