// Between the stored form and the model: a scenario state ↔ dataset, weights and directions; the
// scores of a state (kernel, same operations as the workbook); new workbook records.
import { createKernel, type KernelParams } from '../model/kernel';
import type { Tree } from '../model/tree';
import type { Dataset, Direction, Framework } from '../model/types';
import { isObject } from './migrate';
import {
	SCHEMA_VERSION,
	newId,
	type ScenarioRecord,
	type ScenarioState,
	type UnitRecord,
	type WorkbookRecord
} from './schema';

export function frameworkOf(wb: WorkbookRecord): Framework {
	return { nodes: wb.framework.map((n) => ({ ...n })) };
}

/** The dataset of a workbook holding a state's values (null → NaN, missing). */
export function datasetOf(wb: WorkbookRecord, state: ScenarioState): Dataset {
	const m = wb.indicators.length;
	const values = new Float64Array(wb.units.length * m);
	state.values.forEach((row, u) => row.forEach((v, k) => (values[u * m + k] = v ?? NaN)));
	return {
		units: wb.units.map((u) => ({
			code: u.code,
			name: u.name,
			...(u.region ? { region: u.region } : {})
		})),
		indicators: [...wb.indicators],
		values
	};
}

/** Position of each stored indicator column among the tree's indicators (data columns). */
function columnPositions(tree: Tree, indicators: string[]): number[] {
	return indicators.map((code) => tree.indicatorPos[tree.indexOf.get(code) ?? -1] ?? -1);
}

/**
 * A scenario state from the model's current inputs: data columns in tree indicator order and
 * weights and directions in tree order (as ModelWorkbook.readData / readParams give them).
 */
export function stateFromInputs(
	tree: Tree,
	indicators: string[],
	columns: Float64Array[],
	params: KernelParams,
	method?: Record<string, unknown>,
	planner?: Record<string, unknown>
): ScenarioState {
	const pos = columnPositions(tree, indicators);
	const nUnits = columns[0]?.length ?? 0;
	const values = Array.from({ length: nUnits }, (_, u) =>
		pos.map((p) => {
			const v = columns[p][u];
			return Number.isNaN(v) ? null : v;
		})
	);
	const weights: Record<string, number> = {};
	const directions: Record<string, Direction> = {};
	tree.nodes.forEach((n, i) => {
		weights[n.code] = params.weights[i];
		if (tree.children[i].length === 0) directions[n.code] = params.directions[i] === -1 ? -1 : 1;
	});
	const state: ScenarioState = { values, weights, directions };
	if (method !== undefined) state.method = structuredClone(method);
	if (planner !== undefined) state.planner = structuredClone(planner);
	return state;
}

/** Kernel inputs (columns in tree indicator order, params in tree order) of a stored state. */
export function kernelInputs(
	tree: Tree,
	indicators: string[],
	state: ScenarioState
): { columns: Float64Array[]; params: KernelParams } {
	const nUnits = state.values.length;
	const columns = tree.indicators.map(() => new Float64Array(nUnits).fill(NaN));
	columnPositions(tree, indicators).forEach((p, k) => {
		for (let u = 0; u < nUnits; u++) columns[p][u] = state.values[u][k] ?? NaN;
	});
	return {
		columns,
		// The method travels with the parameters for a kernel that reads it (others ignore it).
		params: {
			weights: Float64Array.from(tree.nodes, (n) => state.weights[n.code] ?? n.weight),
			directions: Int8Array.from(tree.nodes, (n) => state.directions[n.code] ?? n.direction),
			...(state.method ? { method: state.method } : {})
		} as KernelParams
	};
}

/** Index scores of every unit for a stored state (NaN = no score). */
export function stateScores(tree: Tree, indicators: string[], state: ScenarioState): Float64Array {
	const { columns, params } = kernelInputs(tree, indicators, state);
	const kernel = createKernel(tree, state.values.length);
	try {
		return Float64Array.from(kernel.compute(columns, params).scores[tree.root]);
	} catch {
		// Settings this kernel cannot plan: the published method, as the workbook falls back to.
		const { weights, directions } = params;
		return Float64Array.from(kernel.compute(columns, { weights, directions }).scores[tree.root]);
	}
}

/** The state a framework and dataset define by themselves (official weights and directions). */
export function initialState(framework: Framework, dataset: Dataset): ScenarioState {
	const m = dataset.indicators.length;
	const values = dataset.units.map((_, u) =>
		dataset.indicators.map((_, k) => {
			const v = dataset.values[u * m + k];
			return Number.isNaN(v) ? null : v;
		})
	);
	const weights: Record<string, number> = {};
	const directions: Record<string, Direction> = {};
	const parents = new Set(framework.nodes.map((n) => n.parent));
	for (const n of framework.nodes) {
		weights[n.code] = n.weight;
		if (!parents.has(n.code)) directions[n.code] = n.direction;
	}
	return { values, weights, directions };
}

export interface NewWorkbook {
	name: string;
	framework: Framework;
	dataset: Dataset;
	/** English name of a unit by code, where known. */
	nameEn?: (code: string) => string | undefined;
	/** A built-in illustrative set, named. */
	origin?: string;
	/** The first scenario's name. */
	scenarioName: string;
	/** The first scenario's state when it differs from the data as loaded. */
	state?: ScenarioState;
	now: number;
	writer: string;
}

/** A new workbook (revision 0, not stored yet) with its first scenario. */
export function newWorkbook(spec: NewWorkbook): {
	workbook: WorkbookRecord;
	scenario: ScenarioRecord;
} {
	const baseline = initialState(spec.framework, spec.dataset);
	const units: UnitRecord[] = spec.dataset.units.map((u) => {
		const en = spec.nameEn?.(u.code);
		return {
			code: u.code,
			name: u.name,
			...(en ? { nameEn: en } : {}),
			...(u.region ? { region: u.region } : {})
		};
	});
	const id = newId();
	const scenarioId = newId();
	const workbook: WorkbookRecord = {
		schemaVersion: SCHEMA_VERSION,
		id,
		name: spec.name,
		createdAt: spec.now,
		modifiedAt: spec.now,
		rev: 0,
		writer: spec.writer,
		...(spec.origin ? { origin: spec.origin } : {}),
		framework: spec.framework.nodes.map((n) => ({ ...n })),
		units,
		indicators: [...spec.dataset.indicators],
		baseline,
		activeScenarioId: scenarioId,
		scenarios: [
			{ id: scenarioId, name: spec.scenarioName, createdAt: spec.now, modifiedAt: spec.now }
		]
	};
	const state = structuredClone(spec.state ?? baseline);
	return {
		workbook,
		scenario: { schemaVersion: SCHEMA_VERSION, workbookId: id, id: scenarioId, ...state }
	};
}

/** The state part of a scenario record. */
export function stateOf(s: ScenarioState): ScenarioState {
	const state: ScenarioState = { values: s.values, weights: s.weights, directions: s.directions };
	if (s.method !== undefined) state.method = s.method;
	if (s.planner !== undefined) state.planner = s.planner;
	return state;
}

/** JSON with object keys sorted: equal texts ⇔ equal content (doubles print exactly). */
function canonical(x: unknown): string {
	if (Array.isArray(x)) return `[${x.map(canonical).join(',')}]`;
	if (isObject(x))
		return `{${Object.keys(x)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonical(x[k])}`)
			.join(',')}}`;
	return JSON.stringify(x) ?? 'undefined';
}

/** Same inputs (exact doubles, same weights, directions and method, whatever the key order). */
export function sameState(a: ScenarioState, b: ScenarioState): boolean {
	return canonical(stateOf(a)) === canonical(stateOf(b));
}

/** Same framework tree, units and indicator columns: only values or parameters can differ. */
export function sameShape(wb: WorkbookRecord, framework: Framework, dataset: Dataset): boolean {
	const tree = (nodes: { code: string; parent: string | null }[]) =>
		JSON.stringify(nodes.map((n) => [n.code, n.parent]));
	return (
		tree(framework.nodes) === tree(wb.framework) &&
		JSON.stringify(dataset.units.map((u) => u.code)) ===
			JSON.stringify(wb.units.map((u) => u.code)) &&
		JSON.stringify(dataset.indicators) === JSON.stringify(wb.indicators)
	);
}
