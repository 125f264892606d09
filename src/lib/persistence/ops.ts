// Record changes of the workbook and scenario commands (pure): each returns the records to write;
// the caller writes them as one revision-checked commit.
import {
	newId,
	type ScenarioMeta,
	type ScenarioRecord,
	type ScenarioState,
	type WorkbookBundle,
	type WorkbookRecord
} from './schema';
import type { Commit } from './store';

/** The next revision of a workbook, written by `writer` at `now`. */
export function revise(
	wb: WorkbookRecord,
	writer: string,
	now: number,
	change: Partial<WorkbookRecord> = {}
): WorkbookRecord {
	return { ...wb, ...change, rev: wb.rev + 1, writer, modifiedAt: now };
}

/**
 * Save a scenario's state; its modification date moves on with the workbook's and (unless
 * `activate` is false) it becomes the scenario that opens with the workbook (the last one worked on).
 */
export function saveScenario(
	wb: WorkbookRecord,
	scenarioId: string,
	state: ScenarioState,
	writer: string,
	now: number,
	activate = true
): Commit {
	const scenarios = wb.scenarios.map((s) => (s.id === scenarioId ? { ...s, modifiedAt: now } : s));
	return {
		workbook: revise(wb, writer, now, {
			scenarios,
			activeScenarioId:
				activate && wb.scenarios.some((s) => s.id === scenarioId) ? scenarioId : wb.activeScenarioId
		}),
		scenarios: [{ schemaVersion: wb.schemaVersion, workbookId: wb.id, id: scenarioId, ...state }],
		expectedRev: wb.rev
	};
}

/** Add a scenario with a state, placed after `after` (or last); optionally made the active one. */
export function addScenario(
	wb: WorkbookRecord,
	name: string,
	state: ScenarioState,
	opts: { writer: string; now: number; activate: boolean; after?: string }
): { commit: Commit; id: string } {
	const id = newId();
	const meta: ScenarioMeta = { id, name, createdAt: opts.now, modifiedAt: opts.now };
	const at = opts.after ? wb.scenarios.findIndex((s) => s.id === opts.after) + 1 : 0;
	const scenarios = [...wb.scenarios];
	scenarios.splice(at > 0 ? at : scenarios.length, 0, meta);
	const change: Partial<WorkbookRecord> = { scenarios };
	if (opts.activate) change.activeScenarioId = id;
	return {
		id,
		commit: {
			workbook: revise(wb, opts.writer, opts.now, change),
			scenarios: [
				{ schemaVersion: wb.schemaVersion, workbookId: wb.id, id, ...structuredClone(state) }
			],
			expectedRev: wb.rev
		}
	};
}

export function renameScenario(
	wb: WorkbookRecord,
	id: string,
	name: string,
	writer: string,
	now: number
): Commit {
	const scenarios = wb.scenarios.map((s) => (s.id === id ? { ...s, name } : s));
	return { workbook: revise(wb, writer, now, { scenarios }), expectedRev: wb.rev };
}

/** Remove a scenario (never the last one); the active one moves to `next` when it was removed. */
export function removeScenario(
	wb: WorkbookRecord,
	id: string,
	writer: string,
	now: number
): Commit | null {
	const scenarios = wb.scenarios.filter((s) => s.id !== id);
	if (scenarios.length === 0 || scenarios.length === wb.scenarios.length) return null;
	const activeScenarioId = wb.activeScenarioId === id ? scenarios[0].id : wb.activeScenarioId;
	return {
		workbook: revise(wb, writer, now, { scenarios, activeScenarioId }),
		deleteScenarios: [id],
		expectedRev: wb.rev
	};
}

/** Make a scenario the one that opens with the workbook (not a change of content: same date). */
export function activate(wb: WorkbookRecord, id: string, writer: string): Commit {
	return {
		workbook: { ...wb, activeScenarioId: id, rev: wb.rev + 1, writer },
		expectedRev: wb.rev
	};
}

export function renameWorkbook(
	wb: WorkbookRecord,
	name: string,
	writer: string,
	now: number
): Commit {
	return { workbook: revise(wb, writer, now, { name }), expectedRev: wb.rev };
}

/**
 * A copy of a workbook under a new id (a duplicate, an imported file, a tab's version kept after a
 * conflict): same scenarios and ids inside it, revision 0, not stored yet.
 */
export function copyBundle(
	bundle: WorkbookBundle,
	name: string,
	writer: string,
	now: number
): Commit {
	const id = newId();
	const workbook: WorkbookRecord = {
		...structuredClone(bundle.workbook),
		id,
		name,
		rev: 0,
		writer,
		modifiedAt: now
	};
	const scenarios: ScenarioRecord[] = bundle.scenarios.map((s) => ({
		...structuredClone(s),
		workbookId: id
	}));
	return { workbook, scenarios, expectedRev: null };
}
