// A library session: start-up (recover what a closed tab left, reopen the last workbook or create
// the illustrative one), opening a workbook on a scenario, and what follows another tab's change.
import { LibraryLife } from './life.svelte';
import { openIdbStore } from './idb-store';
import { readAll, readBundle, readScenario, readWorkbook, recoverJournal } from './loader';
import { activate, addScenario, copyBundle } from './ops';
import { presetModel, type PresetModel } from './presets';
import {
	SCHEMA_VERSION,
	summarise,
	type ScenarioState,
	type WorkbookBundle,
	type WorkbookRecord
} from './schema';
import { formatDateTime } from './present';
import { initialState, newWorkbook, sameShape } from './state';
import { MemoryStore } from './store';

const LAST_WORKBOOK = 'lastWorkbook';

export class LibrarySession extends LibraryLife {
	persisted = $state<'granted' | 'denied' | 'unsupported' | 'unknown'>('unknown');
	usage = $state.raw<{ usage: number; quota: number } | null>(null);

	/** Open storage and the last workbook; nothing is written before this has finished. */
	async start(): Promise<void> {
		try {
			this.store = await (this.options.openStore ?? (() => openIdbStore()))();
			await this.restore();
		} catch {
			// No IndexedDB (private mode, refused, broken): keep working in memory and say so.
			this.store = new MemoryStore();
			this.notify('unavailable');
			await this.restore();
		}
		this.mode = this.store.kind;
		this.listenToTabs();
		this.bench.onChange = (kind) => {
			if (kind === 'edit') this.edited();
			else if (kind === 'closing') this.saveNowBeforeClose();
			else void this.adopt();
		};
		void this.checkPersistence();
	}

	/** Synthetic speed-check data is never saved. */
	off(): void {
		this.mode = 'off';
	}

	protected async restore(): Promise<void> {
		const recovered = await recoverJournal(this.ctx, (name) =>
			this.t('scenarioRecoveredName', { name })
		);
		for (const r of recovered)
			if (r.as === 'newScenario') this.notify('recovered', { params: { name: r.scenarioName } });
		const all = await readAll(this.ctx);
		this.workbooks = all.map(summarise);
		const last = await this.store?.getMeta(LAST_WORKBOOK);
		const order = [...all.filter((w) => w.id === last), ...all.filter((w) => w.id !== last)];
		for (const wb of order) if (await this.openRecord(wb)) return;
		await this.create(presetModel('2023'), this.t('wbPresetName2023'));
	}

	/**
	 * Open a workbook on a scenario (default: the one it opens with). Unreadable scenarios are set
	 * aside and the next readable one opens; with none left, a new one is made from the baseline.
	 * `choose` records the choice in the workbook (a switch); a reload does not.
	 */
	protected async openRecord(
		wb: WorkbookRecord,
		scenarioId?: string,
		choose = false
	): Promise<boolean> {
		const byDate = [...wb.scenarios].sort((a, b) => b.modifiedAt - a.modifiedAt).map((s) => s.id);
		const all = [scenarioId ?? wb.activeScenarioId, wb.activeScenarioId, ...byDate];
		const ids = all.filter((id, i) => all.indexOf(id) === i);
		const failed: string[] = [];
		let found: { id: string; state: ScenarioState } | null = null;
		for (const id of ids) {
			const sc = await readScenario(this.ctx, wb, id);
			if (sc) {
				found = { id, state: sc };
				break;
			}
			failed.push(id);
		}
		let record = wb;
		if (!found || failed.length || (choose && found.id !== wb.activeScenarioId)) {
			const kept = { ...wb, scenarios: wb.scenarios.filter((s) => !failed.includes(s.id)) };
			const c = found
				? activate(kept, found.id, this.tab)
				: addScenario(kept, this.t('scenarioBaseName'), wb.baseline, {
						writer: this.tab,
						now: this.now(),
						activate: true
					}).commit;
			if (!found) found = { id: c.workbook.activeScenarioId, state: wb.baseline };
			if (!(await this.commit(c))) return false;
			record = c.workbook;
		}
		this.install(record, found.state, found.id);
		await this.remember(record.id);
		return true;
	}

	protected async create(
		model: PresetModel,
		name: string,
		state?: ScenarioState
	): Promise<boolean> {
		const { workbook, scenario } = newWorkbook({
			...model,
			name,
			state,
			scenarioName: this.t('scenarioBaseName'),
			now: this.now(),
			writer: this.tab
		});
		// Even when the write fails (storage full), the workbook opens: it lives in memory until a
		// later save stores it whole.
		const stored = await this.commit({ workbook, scenarios: [scenario], expectedRev: null });
		this.install(workbook, scenario, scenario.id);
		this.unstored = !stored;
		await this.remember(workbook.id);
		return true;
	}

	/** Flush pending edits, then run a command; the view is busy meanwhile. */
	protected async op<T>(fn: () => Promise<T>, flush = true): Promise<T> {
		this.busy = true;
		try {
			if (flush) await this.flush();
			return await fn();
		} finally {
			this.busy = false;
		}
	}

	/** The model was replaced by an import: keep it as its own workbook unless only values changed. */
	protected async adopt(): Promise<void> {
		const model = this.bench.workbook;
		const framework = this.bench.framework;
		const wb = this.current;
		if (!model || !framework || !wb || this.mode === 'off') return;
		if (sameShape(wb, framework, model.dataset)) return this.edited();
		const date = formatDateTime(this.now(), this.bench.locale);
		await this.op(async () => {
			const { workbook, scenario } = newWorkbook({
				framework,
				dataset: model.dataset,
				nameEn: (code) => this.bench.directory?.unitNames.get(code)?.en,
				name: this.t('wbImportedName', { date }),
				scenarioName: this.t('scenarioBaseName'),
				state: initialState(framework, model.dataset),
				now: this.now(),
				writer: this.tab
			});
			await this.commit({ workbook, scenarios: [scenario], expectedRev: null });
			this.current = workbook;
			this.scenarioId = scenario.id;
			await this.remember(workbook.id);
		}, false);
	}

	/** Reopen the open workbook as stored (after another tab changed it). */
	reload(): Promise<boolean> {
		return this.op(async () => {
			this.saver.reset();
			const id = this.current?.id ?? '';
			const wb = await readWorkbook(this.ctx, id);
			if (wb)
				return this.openRecord(
					wb,
					wb.scenarios.some((s) => s.id === this.scenarioId) ? this.scenarioId : undefined
				);
			return this.openNext();
		}, false);
	}

	/** Keep this tab's version (after another tab changed or deleted the workbook) as a new workbook. */
	keepMine(): Promise<boolean> {
		return this.op(async () => {
			const wb = this.current;
			if (!wb) return false;
			const bundle = await this.liveBundle(wb);
			const c = copyBundle(bundle, this.t('wbKeptName', { name: wb.name }), this.tab, this.now());
			if (!(await this.commit(c))) return false;
			this.current = c.workbook;
			this.stale = false;
			this.saver.reset();
			this.saveStatus = 'saved';
			this.clearNotices(['stale', 'deleted']);
			await this.remember(c.workbook.id);
			return true;
		}, false);
	}

	protected async openNext(): Promise<boolean> {
		for (const wb of await readAll(this.ctx)) if (await this.openRecord(wb)) return true;
		return this.create(presetModel('2023'), this.t('wbPresetName2023'));
	}

	/** A workbook with its stored scenarios, the open one as it stands in the model. */
	protected async liveBundle(wb: WorkbookRecord): Promise<WorkbookBundle> {
		const state = wb.id === this.current?.id ? this.currentState() : null;
		if (!state) return readBundle(this.ctx, wb);
		const id = this.scenarioId;
		const live = { id, state: { ...state, schemaVersion: SCHEMA_VERSION, workbookId: wb.id, id } };
		return readBundle(this.ctx, { ...wb, activeScenarioId: id }, live);
	}

	protected remember(id: string): Promise<void> {
		return this.store?.setMeta(LAST_WORKBOOK, id).catch(() => undefined) ?? Promise.resolve();
	}

	async checkPersistence(ask = true): Promise<void> {
		const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
		if (!storage?.persisted) {
			this.persisted = 'unsupported';
			return;
		}
		try {
			let granted = await storage.persisted();
			if (!granted && ask && storage.persist) granted = await storage.persist();
			this.persisted = granted ? 'granted' : 'denied';
			const e = await storage.estimate?.();
			if (e) this.usage = { usage: e.usage ?? 0, quota: e.quota ?? 0 };
		} catch {
			this.persisted = 'unsupported';
		}
	}
}
