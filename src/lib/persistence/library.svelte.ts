// The workbook library: every command of the workbooks view (workbooks, scenarios, files, the
// scores of stored scenarios for comparison), on top of the session. Shared through context.
import { getContext, setContext } from 'svelte';
import { readWorkbookFile, workbookFileName, writeWorkbookFile } from './file';
import { readScenario, readWorkbook } from './loader';
import { addScenario, copyBundle, removeScenario, renameScenario, renameWorkbook } from './ops';
import { presetModel, type Preset } from './presets';
import type { ScenarioState } from './schema';
import { LibrarySession } from './session.svelte';
import { stateScores } from './state';
import type { StoredIssue } from './validate';

/** Id standing for the workbook's baseline (the state it was created with) in comparisons. */
export const BASELINE = '';

export class Library extends LibrarySession {
	createPreset(preset: Preset): Promise<boolean> {
		return this.op(() =>
			this.create(
				presetModel(preset),
				this.t(preset === '2023' ? 'wbPresetName2023' : 'wbPresetName2025')
			)
		);
	}

	/** Import a workbook file as a new workbook and open it; a bad file changes nothing. */
	async importFile(text: string): Promise<{ ok: true } | { ok: false; issues: StoredIssue[] }> {
		const read = readWorkbookFile(text, this.options.migrations);
		if (!read.ok) return read;
		return this.op(async () => {
			const c = copyBundle(read.value, read.value.workbook.name, this.tab, this.now());
			if (!(await this.commit(c))) return { ok: false, issues: [] };
			await this.openRecord(c.workbook);
			return { ok: true };
		});
	}

	/** The file of a workbook (default: the open one, with its unsaved edits). */
	async exportFile(id?: string): Promise<{ text: string; fileName: string } | null> {
		const cur = this.current;
		const wb = !id || id === cur?.id ? cur : await readWorkbook(this.ctx, id);
		if (!wb) return null;
		const bundle = await this.liveBundle(wb);
		return {
			text: writeWorkbookFile(bundle, this.now()),
			fileName: workbookFileName(wb.name)
		};
	}

	openWorkbook(id: string): Promise<boolean> {
		return this.op(async () => {
			if (id === this.current?.id) return true;
			const wb = await readWorkbook(this.ctx, id);
			if (!wb) await this.refreshList();
			return wb ? this.openRecord(wb) : false;
		});
	}

	renameWorkbook(id: string, name: string): Promise<boolean> {
		return this.op(async () => {
			const wb = id === this.current?.id ? this.current : await readWorkbook(this.ctx, id);
			return (
				!!wb && !!name.trim() && this.commit(renameWorkbook(wb, name.trim(), this.tab, this.now()))
			);
		});
	}

	duplicateWorkbook(id: string): Promise<boolean> {
		return this.op(async () => {
			const wb = id === this.current?.id ? this.current : await readWorkbook(this.ctx, id);
			if (!wb) return false;
			const bundle = await this.liveBundle(wb);
			return this.commit(
				copyBundle(bundle, this.t('wbCopyName', { name: wb.name }), this.tab, this.now())
			);
		});
	}

	deleteWorkbook(id: string): Promise<boolean> {
		return this.op(async () => {
			await this.store?.deleteWorkbook(id);
			this.workbooks = this.workbooks.filter((s) => s.id !== id);
			this.sync?.post({ type: 'deleted', tab: this.tab, workbookId: id });
			return id === this.current?.id ? this.openNext() : true;
		});
	}

	/** A new scenario from the open one's state or from the baseline; it becomes the open one. */
	newScenario(from: 'current' | 'baseline', name: string): Promise<boolean> {
		return this.op(async () => {
			const wb = this.current;
			const state = from === 'current' ? this.currentState() : wb?.baseline;
			if (!wb || !state) return false;
			const after = from === 'current' ? this.scenarioId : undefined;
			const { commit, id } = addScenario(wb, name.trim() || this.t('scenarioNewName'), state, {
				writer: this.tab,
				now: this.now(),
				activate: true,
				after
			});
			if (!(await this.commit(commit))) return false;
			this.install(commit.workbook, state, id);
			return true;
		});
	}

	duplicateScenario(id: string): Promise<boolean> {
		return this.op(async () => {
			const wb = this.current;
			const meta = wb?.scenarios.find((s) => s.id === id);
			const state = await this.scenarioState(id);
			if (!wb || !meta || !state) return false;
			const { commit } = addScenario(wb, this.t('wbCopyName', { name: meta.name }), state, {
				writer: this.tab,
				now: this.now(),
				activate: false,
				after: id
			});
			return this.commit(commit);
		});
	}

	renameScenario(id: string, name: string): Promise<boolean> {
		return this.op(async () => {
			const wb = this.current;
			return (
				!!wb &&
				!!name.trim() &&
				this.commit(renameScenario(wb, id, name.trim(), this.tab, this.now()))
			);
		});
	}

	deleteScenario(id: string): Promise<boolean> {
		return this.op(async () => {
			const wb = this.current;
			const c = wb ? removeScenario(wb, id, this.tab, this.now()) : null;
			if (!c || !(await this.commit(c))) return false;
			return id === this.scenarioId ? this.openRecord(c.workbook) : true;
		});
	}

	switchScenario(id: string): Promise<boolean> {
		return this.op(async () => {
			const wb = this.current;
			if (!wb || id === this.scenarioId) return !!wb;
			return this.openRecord(wb, id, true);
		});
	}

	/** A scenario's inputs: the open one as it stands, another as stored. */
	async scenarioState(id: string): Promise<ScenarioState | null> {
		if (id === this.scenarioId) return this.currentState();
		const wb = this.current;
		return wb ? readScenario(this.ctx, wb, id) : null;
	}

	/** Index scores of a stored scenario, or of the baseline (`BASELINE`). */
	async storedScores(id: string): Promise<Float64Array | null> {
		const wb = this.current;
		const tree = this.bench.workbook?.tree;
		if (!wb || !tree) return null;
		const state = id === BASELINE ? wb.baseline : await readScenario(this.ctx, wb, id);
		return state ? stateScores(tree, wb.indicators, state) : null;
	}
}

const KEY = Symbol('library');

export function setLibrary(lib: Library): Library {
	return setContext(KEY, lib);
}

export function getLibrary(): Library {
	return getContext<Library>(KEY);
}
