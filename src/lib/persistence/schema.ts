// What is stored for a workbook: the records kept in IndexedDB and written to workbook files.
// Only what defines the model (framework, data, weights, directions, method settings, names) —
// never computed scores. Every record carries the schema version it was written with.
import type { Direction, FrameworkNode } from '../model/types';

/** Schema version written by this build; older records are migrated on load (see migrate.ts). */
export const SCHEMA_VERSION = 1;

/** `format` field of a workbook file. */
export const FILE_FORMAT = 'pii-workbench';

/** File name extension of a workbook file. */
export const FILE_EXTENSION = '.pii.json';

/** The inputs of one scenario: everything the computation depends on. */
export interface ScenarioState {
	/** Raw values, units × indicators in the workbook's `indicators` order; null = missing. */
	values: (number | null)[][];
	/** Relative weight of every node (aggregates and indicators) by code. */
	weights: Record<string, number>;
	/** Direction of every indicator by code. */
	directions: Record<string, Direction>;
	/** Method settings, kept as they are (JSON object) on every round trip. */
	method?: Record<string, unknown>;
	/** The planner's document (target sets, departments, settings), kept as given. */
	planner?: Record<string, unknown>;
}

export interface ScenarioMeta {
	id: string;
	name: string;
	/** Milliseconds since 1970 (UTC). */
	createdAt: number;
	modifiedAt: number;
}

export interface UnitRecord {
	code: string;
	/** Vietnamese name (the data file's name). */
	name: string;
	nameEn?: string;
	region?: string;
}

export interface WorkbookRecord {
	schemaVersion: number;
	id: string;
	name: string;
	createdAt: number;
	modifiedAt: number;
	/** Revision: +1 on every write; a write is refused unless the stored revision is the one read. */
	rev: number;
	/** Tab that made the last write (to tell its own interrupted save from another tab's). */
	writer: string;
	/** Framework nodes in file order, official weights and directions. */
	framework: FrameworkNode[];
	units: UnitRecord[];
	/** Indicator codes: the column order of every `values` matrix. */
	indicators: string[];
	/** Where the data came from when it is a built-in illustrative set ('illustrative-2023' …). */
	origin?: string;
	/** The state the workbook was created with (the reference for rank changes and new scenarios). */
	baseline: ScenarioState;
	activeScenarioId: string;
	scenarios: ScenarioMeta[];
}

export interface ScenarioRecord extends ScenarioState {
	schemaVersion: number;
	workbookId: string;
	id: string;
}

/** One workbook with all its scenarios: what a workbook file holds. */
export interface WorkbookBundle {
	workbook: WorkbookRecord;
	scenarios: ScenarioRecord[];
}

/** A workbook as listed: what the list shows without reading the scenarios. */
export interface WorkbookSummary {
	id: string;
	name: string;
	frameworkCode: string;
	frameworkNameVi: string;
	frameworkNameEn: string;
	indicators: number;
	units: number;
	scenarios: number;
	modifiedAt: number;
}

export function summarise(wb: WorkbookRecord): WorkbookSummary {
	const root = wb.framework.find((n) => n.parent === null);
	return {
		id: wb.id,
		name: wb.name,
		frameworkCode: root?.code ?? '',
		frameworkNameVi: root?.nameVi ?? '',
		frameworkNameEn: root?.nameEn ?? '',
		indicators: wb.indicators.length,
		units: wb.units.length,
		scenarios: wb.scenarios.length,
		modifiedAt: wb.modifiedAt
	};
}

/** A new random identifier (record keys, tab identity). */
export function newId(): string {
	return globalThis.crypto.randomUUID();
}
