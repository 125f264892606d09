// Reading records back: migrate, validate, and set aside (never delete) whatever fails, reporting
// it; recovering the journal an interrupted tab left behind.
import { isObject, migrate, type MigrationOptions } from './migrate';
import { addScenario, saveScenario } from './ops';
import type { ScenarioRecord, WorkbookBundle, WorkbookRecord } from './schema';
import { sameState, stateOf } from './state';
import type { JournalEntry, RecordStore, SetAside } from './store';
import { checkScenario, checkWorkbook, shapeOf, type StoredIssue } from './validate';

export interface LoadContext {
	store: RecordStore;
	migrations?: MigrationOptions;
	/** Told about each record set aside. */
	onSetAside: (entry: SetAside) => void;
	now: () => number;
}

async function setAside(ctx: LoadContext, entry: Omit<SetAside, 'at'>): Promise<void> {
	const full = { ...entry, at: ctx.now() };
	await ctx.store.setAside(full);
	ctx.onSetAside(full);
}

function migrationIssue(problem: string, version?: number): StoredIssue[] {
	return [
		{ path: 'schemaVersion', code: problem as StoredIssue['code'], detail: String(version ?? '') }
	];
}

/** A stored workbook record, migrated and checked; a bad one is set aside and null returned. */
export async function loadWorkbookRecord(
	ctx: LoadContext,
	raw: unknown
): Promise<WorkbookRecord | null> {
	const id = isObject(raw) && typeof raw.id === 'string' ? raw.id : '';
	const m = migrate(raw, 'workbook', ctx.migrations);
	const checked = m.ok ? checkWorkbook(m.record) : null;
	if (checked?.ok) return checked.value;
	const issues =
		checked && !checked.ok ? checked.issues : m.ok ? [] : migrationIssue(m.problem, m.version);
	await setAside(ctx, { kind: 'workbook', workbookId: id, raw, issues });
	return null;
}

export async function readWorkbook(ctx: LoadContext, id: string): Promise<WorkbookRecord | null> {
	const raw = await ctx.store.getWorkbook(id);
	return raw === undefined ? null : loadWorkbookRecord(ctx, raw);
}

/** Every readable workbook, most recently modified first (bad ones set aside). */
export async function readAll(ctx: LoadContext): Promise<WorkbookRecord[]> {
	const out: WorkbookRecord[] = [];
	for (const raw of await ctx.store.listWorkbooks()) {
		const wb = await loadWorkbookRecord(ctx, raw);
		if (wb) out.push(wb);
	}
	return out.sort((a, b) => b.modifiedAt - a.modifiedAt);
}

/** A scenario of a workbook, migrated and checked against its shape; null when absent or bad. */
export async function readScenario(
	ctx: LoadContext,
	wb: WorkbookRecord,
	id: string
): Promise<ScenarioRecord | null> {
	const raw = await ctx.store.getScenario(wb.id, id);
	if (raw === undefined) return null;
	const m = migrate(raw, 'scenario', ctx.migrations);
	const checked = m.ok ? checkScenario(m.record, shapeOf(wb)) : null;
	if (checked?.ok) return { ...checked.value, schemaVersion: wb.schemaVersion, workbookId: wb.id };
	const issues =
		checked && !checked.ok ? checked.issues : m.ok ? [] : migrationIssue(m.problem, m.version);
	await setAside(ctx, { kind: 'scenario', workbookId: wb.id, scenarioId: id, raw, issues });
	return null;
}

/** A workbook with all its readable scenarios (`live` replaces the stored state of one scenario). */
export async function readBundle(
	ctx: LoadContext,
	wb: WorkbookRecord,
	live?: { id: string; state: ScenarioRecord }
): Promise<WorkbookBundle> {
	const scenarios: ScenarioRecord[] = [];
	for (const meta of wb.scenarios) {
		const s = live?.id === meta.id ? live.state : await readScenario(ctx, wb, meta.id);
		if (s) scenarios.push(s);
	}
	return {
		workbook: {
			...wb,
			scenarios: wb.scenarios.filter((m) => scenarios.some((s) => s.id === m.id))
		},
		scenarios
	};
}

export type Recovery = { workbookId: string; scenarioName: string; as: 'saved' | 'newScenario' };

/**
 * Bring back what a tab left in the journal when it went away before its save finished: into its
 * scenario when nobody else wrote since, else as a new scenario beside it (nothing is lost).
 */
export async function recoverJournal(
	ctx: LoadContext,
	recoveredName: (scenarioName: string) => string
): Promise<Recovery[]> {
	const done: Recovery[] = [];
	for (const entry of await ctx.store.journal()) {
		const wb = await readWorkbook(ctx, entry.workbookId);
		const meta = wb?.scenarios.find((s) => s.id === entry.scenarioId);
		if (wb && meta) {
			const stored = await readScenario(ctx, wb, entry.scenarioId);
			if (!stored || !sameState(stored, entry.state)) {
				const recovery = await applyEntry(ctx, wb, entry, meta.name, recoveredName);
				if (recovery) done.push(recovery);
			}
		}
		await ctx.store.deleteJournal(entry.tab);
	}
	return done;
}

async function applyEntry(
	ctx: LoadContext,
	wb: WorkbookRecord,
	entry: JournalEntry,
	name: string,
	recoveredName: (scenarioName: string) => string
): Promise<Recovery | null> {
	const own = entry.baseRev === wb.rev || (entry.baseRev === wb.rev - 1 && wb.writer === entry.tab);
	const checked = checkScenario({ id: entry.scenarioId, ...stateOf(entry.state) }, shapeOf(wb));
	if (!checked.ok) return null;
	const state = stateOf(checked.value);
	if (own) {
		const r = await ctx.store.commit(
			saveScenario(wb, entry.scenarioId, state, entry.tab, ctx.now())
		);
		if (r.ok) return { workbookId: wb.id, scenarioName: name, as: 'saved' };
	}
	const fresh = (await readWorkbook(ctx, wb.id)) ?? wb;
	const { commit } = addScenario(fresh, recoveredName(name), state, {
		writer: entry.tab,
		now: ctx.now(),
		activate: false,
		after: entry.scenarioId
	});
	const r = await ctx.store.commit(commit);
	return r.ok ? { workbookId: wb.id, scenarioName: name, as: 'newScenario' } : null;
}
