// Checks a stored record or a file's content before anything is opened: structure, the framework
// (through parseFramework), the data shape and every code. Each problem names its path in the record
// or file, e.g. "scenarios[1].values[3][7]".
import { parseFramework } from '../model/framework';
import type { Direction, FrameworkNode } from '../model/types';
import { at, Checker, type Checked, type Shape } from './checker';
import type { ScenarioMeta, ScenarioState, UnitRecord, WorkbookRecord } from './schema';

export type { Checked, IssueCode, Shape, StoredIssue } from './checker';

function checkNodes(c: Checker, raw: unknown, path: string): FrameworkNode[] | null {
	if (!c.list(raw, path)) return null;
	const before = c.issues.length;
	raw.forEach((n, i) => {
		const p = at(path, i);
		if (!c.object(n, p)) return;
		c.text(n.code, at(p, 'code'));
		if (n.parent !== null) c.text(n.parent, at(p, 'parent'));
		c.text(n.nameVi, at(p, 'nameVi'));
		c.text(n.nameEn, at(p, 'nameEn'));
		c.number(n.weight, at(p, 'weight'));
		if (n.direction !== 1 && n.direction !== -1) c.add(at(p, 'direction'), 'notDirection');
		if (!Number.isInteger(n.level)) c.add(at(p, 'level'), 'notInteger');
		for (const k of ['unit', 'leadDepartment', 'notes']) c.optionalText(n[k], at(p, k));
	});
	if (c.issues.length > before) return null;
	const nodes = raw as FrameworkNode[];
	const headers = ['code', 'parent', 'name_vi', 'name_en', 'weight', 'direction', 'level'];
	const rows = nodes.map((n) => ({
		code: n.code,
		parent: n.parent ?? '',
		name_vi: n.nameVi,
		name_en: n.nameEn,
		weight: String(n.weight),
		direction: String(n.direction),
		level: String(n.level)
	}));
	const parsed = parseFramework(headers, rows);
	if (!parsed.ok) {
		for (const e of parsed.errors)
			c.add(e.row ? at(path, e.row - 2) : path, 'framework', e.message);
		return null;
	}
	// The checked nodes as given (names kept as stored; parseFramework only fills empty ones).
	return nodes.map((n) => ({ ...n }));
}

function checkUnits(c: Checker, raw: unknown, path: string): UnitRecord[] | null {
	if (!c.list(raw, path)) return null;
	if (raw.length === 0) c.add(path, 'empty');
	const before = c.issues.length;
	const seen = new Set<string>();
	raw.forEach((u, i) => {
		const p = at(path, i);
		if (!c.object(u, p)) return;
		if (c.text(u.code, at(p, 'code'), true)) {
			if (seen.has(u.code)) c.add(at(p, 'code'), 'duplicate', u.code);
			seen.add(u.code);
		}
		c.text(u.name, at(p, 'name'));
		c.optionalText(u.nameEn, at(p, 'nameEn'));
		c.optionalText(u.region, at(p, 'region'));
	});
	return c.issues.length > before ? null : (raw as UnitRecord[]).map((u) => ({ ...u }));
}

function checkIndicators(
	c: Checker,
	raw: unknown,
	path: string,
	framework: FrameworkNode[]
): string[] | null {
	if (!c.list(raw, path)) return null;
	const parents = new Set(framework.map((n) => n.parent));
	const leaves = new Set(framework.filter((n) => !parents.has(n.code)).map((n) => n.code));
	const before = c.issues.length;
	const seen = new Set<string>();
	raw.forEach((code, i) => {
		if (!c.text(code, at(path, i))) return;
		if (seen.has(code)) c.add(at(path, i), 'duplicate', code);
		else if (!leaves.has(code)) c.add(at(path, i), 'unknownCode', code);
		seen.add(code);
	});
	for (const code of leaves) if (!seen.has(code)) c.add(path, 'missingCode', code);
	return c.issues.length > before ? null : [...(raw as string[])];
}

/** Check one scenario state (values, weights, directions, method) against a workbook's shape. */
function checkState(c: Checker, raw: Record<string, unknown>, path: string, shape: Shape) {
	const before = c.issues.length;
	const values = raw.values;
	if (c.list(values, at(path, 'values'))) {
		if (values.length !== shape.nUnits) c.add(at(path, 'values'), 'length', String(shape.nUnits));
		values.forEach((row, u) => {
			const p = at(at(path, 'values'), u);
			if (c.full || !c.list(row, p)) return;
			if (row.length !== shape.indicators.length)
				c.add(p, 'length', String(shape.indicators.length));
			row.forEach((v, k) => {
				if (v !== null) c.number(v, at(p, k));
			});
		});
	}
	const codeMap = (key: 'weights' | 'directions', codes: string[], ok: (v: unknown) => boolean) => {
		const p = at(path, key);
		const map = raw[key];
		if (!c.object(map, p)) return;
		const known = new Set(codes);
		for (const k of Object.keys(map)) if (!known.has(k)) c.add(at(p, k), 'unknownCode', k);
		for (const code of codes) {
			if (!(code in map)) c.add(p, 'missingCode', code);
			else if (!ok(map[code])) {
				const v = map[code];
				if (key === 'directions') c.add(at(p, code), 'notDirection');
				else if (typeof v === 'number' && v < 0) c.add(at(p, code), 'negative');
				else c.add(at(p, code), 'notNumber');
			}
		}
	};
	codeMap('weights', shape.nodeCodes, (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0);
	codeMap('directions', [...shape.indicatorCodes], (v) => v === 1 || v === -1);
	if (raw.method !== undefined) c.object(raw.method, at(path, 'method'));
	if (raw.planner !== undefined) c.object(raw.planner, at(path, 'planner'));
	if (c.issues.length > before) return null;
	const state: ScenarioState = {
		values: (values as (number | null)[][]).map((row) => [...row]),
		weights: { ...(raw.weights as Record<string, number>) },
		directions: { ...(raw.directions as Record<string, Direction>) }
	};
	if (raw.method !== undefined)
		state.method = structuredClone(raw.method as Record<string, unknown>);
	if (raw.planner !== undefined)
		state.planner = structuredClone(raw.planner as Record<string, unknown>);
	return state;
}

function checkMetas(c: Checker, raw: unknown, path: string): ScenarioMeta[] | null {
	if (!c.list(raw, path)) return null;
	if (raw.length === 0) c.add(path, 'empty');
	const before = c.issues.length;
	const seen = new Set<string>();
	raw.forEach((m, i) => {
		const p = at(path, i);
		if (!c.object(m, p)) return;
		if (c.text(m.id, at(p, 'id'), true)) {
			if (seen.has(m.id)) c.add(at(p, 'id'), 'duplicate', m.id);
			seen.add(m.id);
		}
		c.text(m.name, at(p, 'name'));
		c.number(m.createdAt, at(p, 'createdAt'));
		c.number(m.modifiedAt, at(p, 'modifiedAt'));
	});
	return c.issues.length > before
		? null
		: (raw as ScenarioMeta[]).map(({ id, name, createdAt, modifiedAt }) => ({
				id,
				name,
				createdAt,
				modifiedAt
			}));
}

export function shapeOf(wb: Pick<WorkbookRecord, 'framework' | 'units' | 'indicators'>): Shape {
	return {
		nUnits: wb.units.length,
		indicators: wb.indicators,
		nodeCodes: wb.framework.map((n) => n.code),
		indicatorCodes: new Set(wb.indicators)
	};
}

/**
 * Check a workbook (a stored record, or a file's `workbook` with `path` = "workbook"). `stored`
 * records also carry their revision and writer.
 */
export function checkWorkbook(
	raw: Record<string, unknown>,
	path = '',
	stored = true
): Checked<WorkbookRecord> {
	const c = new Checker();
	c.text(raw.id, at(path, 'id'), true);
	c.text(raw.name, at(path, 'name'));
	c.number(raw.createdAt, at(path, 'createdAt'));
	c.number(raw.modifiedAt, at(path, 'modifiedAt'));
	if (stored) {
		if (!Number.isInteger(raw.rev) || (raw.rev as number) < 0) c.add(at(path, 'rev'), 'notInteger');
		c.text(raw.writer, at(path, 'writer'));
	}
	c.optionalText(raw.origin, at(path, 'origin'));
	const framework = checkNodes(c, raw.framework, at(path, 'framework'));
	const units = checkUnits(c, raw.units, at(path, 'units'));
	const indicators = framework
		? checkIndicators(c, raw.indicators, at(path, 'indicators'), framework)
		: null;
	const scenarios = checkMetas(c, raw.scenarios, at(path, 'scenarios'));
	if (scenarios && typeof raw.activeScenarioId === 'string') {
		if (!scenarios.some((s) => s.id === raw.activeScenarioId))
			c.add(at(path, 'activeScenarioId'), 'unknownScenario', raw.activeScenarioId);
	} else c.text(raw.activeScenarioId, at(path, 'activeScenarioId'));
	let baseline: ScenarioState | null = null;
	if (framework && units && indicators && c.object(raw.baseline, at(path, 'baseline')))
		baseline = checkState(
			c,
			raw.baseline,
			at(path, 'baseline'),
			shapeOf({ framework, units, indicators })
		);
	if (c.issues.length || !framework || !units || !indicators || !scenarios || !baseline)
		return { ok: false, issues: c.issues };
	return {
		ok: true,
		value: {
			schemaVersion: raw.schemaVersion as number,
			id: raw.id as string,
			name: raw.name as string,
			createdAt: raw.createdAt as number,
			modifiedAt: raw.modifiedAt as number,
			rev: stored ? (raw.rev as number) : 0,
			writer: stored ? (raw.writer as string) : '',
			...(typeof raw.origin === 'string' ? { origin: raw.origin } : {}),
			framework,
			units,
			indicators,
			baseline,
			activeScenarioId: raw.activeScenarioId as string,
			scenarios
		}
	};
}

/** Check a scenario's id and state against its workbook's shape. */
export function checkScenario(
	raw: Record<string, unknown>,
	shape: Shape,
	path = ''
): Checked<ScenarioState & { id: string }> {
	const c = new Checker();
	c.text(raw.id, at(path, 'id'), true);
	const state = checkState(c, raw, path, shape);
	if (c.issues.length || !state) return { ok: false, issues: c.issues };
	return { ok: true, value: { id: raw.id as string, ...state } };
}
