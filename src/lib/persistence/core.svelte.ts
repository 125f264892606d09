// The persistence core: which workbook and scenario are open, the save status and notices, and the
// one write path (queued, revision-checked commits); edits are saved after a short quiet time.
import type { MessageKey } from '../i18n/messages';
import { compileTree } from '../model/tree';
import type { Workbench } from '../state/workbench.svelte';
import type { LoadContext } from './loader';
import type { MigrationOptions } from './migrate';
import { saveScenario } from './ops';
import { directoryOf } from './presets';
import { plannerFor } from '../model/planner/planner-state.svelte';
import { emptyDoc, parsePlannerDoc } from '../model/planner/scenarios';
import { Saver } from './saver';
import {
	newId,
	summarise,
	type ScenarioState,
	type WorkbookRecord,
	type WorkbookSummary
} from './schema';
import { datasetOf, frameworkOf, stateFromInputs, stateScores } from './state';
import { isQuotaError, type Commit, type RecordStore, type SetAside } from './store';
import type { TabSync } from './sync';
import type { StoredIssue } from './validate';

/** The planner's document when the user has planned anything (an untouched planner is not stored). */
function plannerDocument(bench: Workbench): Record<string, unknown> | undefined {
	const doc = plannerFor(bench).doc;
	return JSON.stringify(doc) === JSON.stringify(emptyDoc())
		? undefined
		: (doc as unknown as Record<string, unknown>);
}

export type Mode = 'starting' | 'indexeddb' | 'memory' | 'off';

export type NoticeKind =
	'unavailable' | 'quota' | 'saveFailed' | 'stale' | 'deleted' | 'setAside' | 'recovered';

export interface Notice {
	id: number;
	kind: NoticeKind;
	params?: Record<string, string>;
	issues?: StoredIssue[];
	/** The record set aside, offered for download. */
	raw?: unknown;
}

export interface LibraryOptions {
	openStore?: () => Promise<RecordStore>;
	/** Quiet time after an edit before it is saved (ms). */
	delay?: number;
	/** Longest an edit waits during a burst of edits (ms). */
	maxWait?: number;
	now?: () => number;
	migrations?: MigrationOptions;
}

export class LibraryCore {
	mode = $state<Mode>('starting');
	workbooks = $state.raw<WorkbookSummary[]>([]);
	/** The open workbook as last read or written (its `rev` is the stored revision). */
	current = $state.raw<WorkbookRecord | null>(null);
	/** The scenario shown and edited (saving it also makes it the one that opens next time). */
	scenarioId = $state('');
	saveStatus = $state<'saved' | 'pending' | 'saving' | 'unsaved'>('saved');
	lastSavedAt = $state<number | null>(null);
	notices = $state.raw<Notice[]>([]);
	/** Another tab wrote this workbook after this tab read it: this tab no longer saves. */
	stale = $state(false);
	busy = $state(false);
	readonly tab = newId();

	protected store: RecordStore | null = null;
	protected sync: TabSync | null = null;
	protected readonly saver: Saver;
	protected readonly now: () => number;
	/** The open workbook was never stored (its first write failed): the next save creates it. */
	protected unstored = false;
	#queue: Promise<unknown> = Promise.resolve();
	/** A journal entry of this tab may be stored (written when the page went away). */
	protected journaled = false;
	protected hidden = false;
	#seq = 0;

	constructor(
		readonly bench: Workbench,
		protected readonly options: LibraryOptions = {}
	) {
		this.now = options.now ?? (() => Date.now());
		this.saver = new Saver({
			delay: options.delay ?? 200,
			maxWait: options.maxWait ?? 500,
			save: () => this.#save()
		});
	}

	t(key: MessageKey, params?: Record<string, string>): string {
		return this.bench.t(key, params);
	}

	protected get ctx(): LoadContext {
		return {
			store: this.store as RecordStore,
			migrations: this.options.migrations,
			now: this.now,
			onSetAside: (e: SetAside) =>
				this.notify('setAside', {
					params: {
						what: e.kind === 'workbook' ? e.workbookId : `${e.workbookId} / ${e.scenarioId}`
					},
					issues: e.issues,
					raw: e.raw
				})
		};
	}

	notify(kind: NoticeKind, extra: Omit<Notice, 'id' | 'kind'> = {}): void {
		const single = kind !== 'setAside' && kind !== 'recovered';
		const rest = single ? this.notices.filter((n) => n.kind !== kind) : this.notices;
		this.notices = [...rest, { id: ++this.#seq, kind, ...extra }];
	}

	dismiss(id: number): void {
		this.notices = this.notices.filter((n) => n.id !== id);
	}

	protected clearNotices(kinds: NoticeKind[]): void {
		this.notices = this.notices.filter((n) => !kinds.includes(n.kind));
	}

	/** Run a store operation after every earlier one (writes never race each other). */
	protected exclusive<T>(fn: () => Promise<T>): Promise<T> {
		const run = this.#queue.then(fn, fn);
		this.#queue = run.catch(() => undefined);
		return run;
	}

	/** Save what is unsaved now and wait until every write so far has finished. */
	async flush(): Promise<boolean> {
		const ok = await this.saver.flush();
		await this.#queue;
		return ok;
	}

	/** The open scenario's inputs as they stand in the model. */
	protected currentState(): ScenarioState | null {
		const model = this.bench.workbook;
		const params = this.bench.params;
		if (!model || !params || !this.current) return null;
		return stateFromInputs(
			model.tree,
			this.current.indicators,
			this.bench.rawColumns,
			params,
			this.bench.method,
			plannerDocument(this.bench)
		);
	}

	/** Show a stored workbook and scenario state in the model, history cleared. */
	protected install(wb: WorkbookRecord, state: ScenarioState, scenarioId: string): void {
		this.saveNowBeforeClose();
		const framework = frameworkOf(wb);
		this.bench.directory = directoryOf(wb);
		plannerFor(this.bench).restore(parsePlannerDoc(state.planner) ?? emptyDoc());
		this.bench.openState(framework, datasetOf(wb, state), {
			weights: state.weights,
			directions: state.directions,
			method: state.method,
			baseline: stateScores(compileTree(framework), wb.indicators, wb.baseline)
		});
		this.current = wb;
		this.unstored = false;
		this.scenarioId = scenarioId;
		this.saver.reset();
		this.stale = false;
		this.saveStatus = 'saved';
		this.clearNotices(['stale', 'deleted', 'quota', 'saveFailed']);
	}

	/** Write one commit (queued); false when refused (another tab wrote first) or failed. */
	protected commit(c: Commit): Promise<boolean> {
		return this.exclusive(() => this.commitNow(c));
	}

	protected async commitNow(c: Commit): Promise<boolean> {
		const store = this.store;
		if (!store) return false;
		const mine = this.current?.id === c.workbook.id;
		if (mine) this.saveStatus = 'saving';
		try {
			const r = await store.commit(c);
			if (!r.ok) {
				if (mine) this.markStale(r.rev === null ? 'deleted' : 'stale');
				return false;
			}
		} catch (e) {
			if (mine) this.saveStatus = 'unsaved';
			if (isQuotaError(e)) this.notify('quota');
			else
				this.notify('saveFailed', {
					params: { error: e instanceof Error ? e.message : String(e) }
				});
			return false;
		}
		if (mine) {
			this.unstored = false;
			this.current = c.workbook;
			this.lastSavedAt = this.now();
			this.saveStatus = this.saver.dirty ? 'pending' : 'saved';
			this.clearNotices(['quota', 'saveFailed']);
			if (this.journaled && !this.hidden) {
				this.journaled = false;
				void store.deleteJournal(this.tab).catch(() => undefined);
			}
		}
		const summary = summarise(c.workbook);
		const others = this.workbooks.filter((s) => s.id !== summary.id);
		this.workbooks = [summary, ...others].sort((a, b) => b.modifiedAt - a.modifiedAt);
		this.sync?.post({
			type: 'saved',
			tab: this.tab,
			workbookId: c.workbook.id,
			rev: c.workbook.rev
		});
		return true;
	}

	protected markStale(kind: 'stale' | 'deleted'): void {
		this.stale = true;
		if (this.saver.dirty || this.saveStatus !== 'saved') this.saveStatus = 'unsaved';
		this.notify(kind);
	}

	/**
	 * Save the open scenario. Its state is read now, when the save is asked for: a queued write may
	 * run after a scenario switch has replaced the model, and must still write what was edited.
	 */
	#save(): Promise<boolean> {
		const asked = this.current;
		const state = this.currentState();
		const id = this.scenarioId;
		const unstored = this.unstored;
		if (!asked || !state || this.stale) return Promise.resolve(false);
		return this.exclusive(async () => {
			if (this.stale) return false;
			const sameWorkbook = this.current?.id === asked.id;
			const wb = sameWorkbook && this.current ? this.current : asked;
			if (unstored)
				return this.commitNow({
					workbook: { ...wb, modifiedAt: this.now() },
					scenarios: [{ schemaVersion: wb.schemaVersion, workbookId: wb.id, id, ...state }],
					expectedRev: null
				});
			const stillOpen = sameWorkbook && this.scenarioId === id;
			return this.commitNow(saveScenario(wb, id, state, this.tab, this.now(), stillOpen));
		});
	}

	/**
	 * The model is about to be replaced: save its unsaved state now (it cannot be read later), e.g.
	 * an edit made while a scenario was being opened. Which scenario opens next is left as it is.
	 */
	protected saveNowBeforeClose(): void {
		const wb = this.current;
		const state = this.saver.dirty && !this.stale ? this.currentState() : null;
		this.saver.reset();
		if (wb && state) {
			const scenarioId = this.scenarioId;
			void this.exclusive(() => {
				const latest = this.current?.id === wb.id ? this.current : wb;
				const c = saveScenario(latest, scenarioId, state, this.tab, this.now(), false);
				return this.commitNow(c);
			});
		}
	}

	/** The model changed through an edit: save it soon. */
	protected edited(): void {
		if (!this.current || this.mode === 'off' || this.mode === 'starting') return;
		this.saveStatus = this.stale ? 'unsaved' : 'pending';
		this.saver.touch();
	}
}
