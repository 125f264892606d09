// The app's one state object: the model workbook, the UI locale, the selection and derived views.
// Components read it through context; every edit goes through `dispatch`.
import { getContext, setContext } from 'svelte';
import { applyCommand, type Command } from '../commands/commands';
import { readProvinceDirectory, type ProvinceDirectory } from '../data/provinces';
import { translate, type MessageKey } from '../i18n/messages';
import type { Locale } from '../i18n/numbers';
import { loadModel } from '../io/load-model';
import { compileTree, type Tree } from '../model/tree';
import type { Dataset, Direction, Framework } from '../model/types';
import { diagnose, type ModelWarning } from '../model/diagnose';
import { createKernel } from '../model/kernel';
import { competitionRanks } from '../model/rank';
import { ratioNodes } from '../workbook/build';
import { SHEETS } from '../workbook/layout';
import { readResults, type ModelResults } from '../workbook/results';
import { ModelWorkbook, type WorkbookOptions } from '../workbook/workbook';

export interface WorkbenchSources {
	frameworkCsv: string;
	dataCsv: string;
	provincesCsv: string;
}

export interface Baseline {
	scores: Float64Array;
	ranks: Int32Array;
	kind: 'loaded' | 'pinned';
}

export type { View } from '../components/views';
import type { View } from '../components/views';

export class Workbench {
	locale = $state<Locale>('vi');
	status = $state<'loading' | 'ready' | 'error'>('loading');
	error = $state('');
	/** Bumped after every applied edit (and undo/redo); derived views depend on it. */
	version = $state(0);
	/**
	 * The workbook's sheet names joined by '|', set only when they change (method settings add or
	 * remove stage sheets): views built on the sheet list do not depend on every edit.
	 */
	sheetNames = $state('');
	lastRecalcMs = $state(0);
	view = $state<View>('grid');
	/** Selected unit (row index in the dataset), highlighted everywhere. */
	selectedUnit = $state(0);
	/** Second unit for comparisons. */
	compareUnit = $state(1);
	/** Score being explained: node (tree index) and unit, or null when the panel is closed. */
	explain = $state<{ node: number; unit: number } | null>(null);
	/** A cell to show when the spreadsheet view opens next (e.g. from the walkthrough). */
	gridTarget = $state<{ sheet: string; row: number; col: number } | null>(null);
	baseline = $state.raw<Baseline | null>(null);
	directory = $state.raw<ProvinceDirectory | null>(null);
	/** The framework as opened (file order, official weights). */
	framework = $state.raw<Framework | null>(null);
	/** Method settings kept as given when the workbook has none of its own (see `method`). */
	#method = $state.raw<Record<string, unknown> | undefined>(undefined);
	/**
	 * Told after every applied edit (`dispatch`, undo, redo: 'edit'), just before `open` replaces the
	 * model ('closing', the old model still readable) and after it ('open'); persistence listens
	 * here. `openState` (restoring a saved state) tells nothing.
	 */
	onChange: ((kind: 'edit' | 'closing' | 'open') => void) | null = null;
	#wb = $state.raw<ModelWorkbook | null>(null);
	#cache: (Float64Array | undefined)[] = [];
	#sheetCache: Record<string, unknown[][]> = {};
	#cacheVersion = -1;

	/** Everything read from the workbook: all scores, ranks, ratio, warnings (read lazily). */
	results: ModelResults | null = $derived.by(() => {
		void this.version;
		return this.#wb ? readResults(this.#wb) : null;
	});

	rawColumns: Float64Array[] = $derived.by(() => {
		void this.version;
		return this.#wb ? this.#wb.readData(this.sheetValues(SHEETS.data)) : [];
	});

	/** Weights and directions as they stand in the workbook (tree order). */
	params = $derived.by(() => {
		void this.version;
		return this.#wb ? this.#wb.readParams(this.sheetValues(SHEETS.framework)) : null;
	});

	/** Output/input efficiency ratio per unit (Results sheet), or null without IN and OUT. */
	ratioScores: Float64Array | null = $derived.by(() => {
		void this.version;
		return this.#wb ? this.#wb.readRatio() : null;
	});

	/**
	 * Warnings (constant or empty indicators, missing branches). Computed on the kernel, which agrees
	 * with the workbook on every missing score (property-tested), so a warning costs no sheet reads.
	 */
	warnings: ModelWarning[] = $derived.by(() => {
		const wb = this.#wb;
		const params = this.params;
		if (!wb || !params) return [];
		const kernel = this.#kernel!.compute(this.rawColumns, params);
		return diagnose(
			wb.tree,
			wb.dataset.units.map((u) => u.code),
			this.rawColumns,
			kernel.scores
		);
	});

	/** The typed-array kernel for this workbook (its buffers are reused from edit to edit). */
	#kernel = $derived(this.#wb ? createKernel(this.#wb.tree, this.#wb.nUnits) : null);

	ranks: Int32Array = $derived.by(() =>
		this.#wb ? competitionRanks(this.nodeScores(this.#wb.tree.root)) : new Int32Array()
	);

	canUndo = $derived.by(() => {
		void this.version;
		return this.#wb?.hf.isThereSomethingToUndo() ?? false;
	});

	canRedo = $derived.by(() => {
		void this.version;
		return this.#wb?.hf.isThereSomethingToRedo() ?? false;
	});

	get workbook(): ModelWorkbook | null {
		return this.#wb;
	}

	/**
	 * Method settings (a JSON object), saved with the scenario and restored on open: the workbook's
	 * own settings when it carries them (they follow edits and undo), else the ones last set here.
	 */
	get method(): Record<string, unknown> | undefined {
		void this.version;
		const own = (this.#wb as { method?: unknown } | null)?.method;
		return own && typeof own === 'object' ? (own as Record<string, unknown>) : this.#method;
	}

	set method(method: Record<string, unknown> | undefined) {
		this.#method = method;
	}

	get ratio(): { in: number; out: number } | null {
		return this.#wb ? ratioNodes(this.#wb.tree) : null;
	}

	t = (key: MessageKey, params?: Record<string, string>): string =>
		translate(this.locale, key, params);

	/** Forget what was read from the workbook when the version moved on. */
	#freshCache(): void {
		const version = this.version;
		if (this.#cacheVersion !== version) {
			this.#cache = [];
			this.#sheetCache = {};
			this.#cacheVersion = version;
		}
	}

	/** All values of a sheet, read from the workbook once per version. */
	sheetValues(name: string): unknown[][] {
		this.#freshCache();
		let values = this.#sheetCache[name];
		if (!values && this.#wb) {
			values = this.#wb.sheetValues(name);
			this.#sheetCache[name] = values;
		}
		return values ?? [];
	}

	/** Scores of one node (tree index) for every unit, read from the workbook once per version. */
	nodeScores(node: number): Float64Array {
		this.#freshCache();
		let scores = this.#cache[node];
		if (!scores && this.#wb) {
			scores = this.#wb.readNode(node);
			this.#cache[node] = scores;
		}
		return scores ?? new Float64Array();
	}

	/** Parse CSV sources and open them (the built-in framework and dataset at start-up). */
	load(sources: WorkbenchSources): void {
		const model = loadModel(sources.frameworkCsv, sources.dataCsv);
		if (!model.ok) {
			this.status = 'error';
			this.error = model.errors.map((e) => e.message).join('\n');
			return;
		}
		this.directory = readProvinceDirectory(sources.provincesCsv);
		this.open(model.framework, model.dataset);
	}

	/**
	 * Open a validated framework and dataset as the model: a fresh workbook, a clean undo history
	 * (opening is not an undoable edit), the loaded state as the baseline.
	 */
	open(framework: Framework, dataset: Dataset): void {
		if (this.#wb) this.onChange?.('closing');
		this.#install(framework, new ModelWorkbook(compileTree(framework), dataset));
		this.pinBaseline('loaded');
		this.onChange?.('open');
	}

	/**
	 * Open a saved state: the framework (official weights) and the dataset, then the state's weights,
	 * directions and method settings — with a clean undo history (restoring is not an edit). The
	 * baseline is `baseline` (index scores of the workbook's reference state) or the opened scores.
	 */
	openState(
		framework: Framework,
		dataset: Dataset,
		state: {
			weights?: Record<string, number>;
			directions?: Record<string, Direction>;
			method?: Record<string, unknown>;
			baseline?: Float64Array;
		} = {}
	): void {
		const wb = workbookWithMethod(compileTree(framework), dataset, state.method);
		const { nodes, children } = wb.tree;
		wb.hf.batch(() => {
			nodes.forEach((n, i) => {
				const w = state.weights?.[n.code];
				if (w !== undefined && w !== n.weight) wb.setWeight(i, w);
				const d = state.directions?.[n.code];
				if (d !== undefined && d !== n.direction && children[i].length === 0) wb.setDirection(i, d);
			});
		});
		wb.hf.clearUndoStack();
		wb.hf.clearRedoStack();
		this.method = state.method;
		this.#install(framework, wb);
		const base = state.baseline;
		if (base && base.length === dataset.units.length)
			this.baseline = {
				scores: Float64Array.from(base),
				ranks: competitionRanks(base),
				kind: 'loaded'
			};
		else this.pinBaseline('loaded');
	}

	#install(framework: Framework, wb: ModelWorkbook): void {
		this.#wb?.destroy();
		this.#wb = wb;
		this.framework = framework;
		this.#edited();
		this.selectedUnit = 0;
		this.compareUnit = Math.min(1, wb.nUnits - 1);
		this.explain = null;
		this.status = 'ready';
	}

	/** Take the current scores and ranks as the baseline for rank changes. */
	pinBaseline(kind: Baseline['kind'] = 'pinned'): void {
		if (!this.#wb) return;
		const scores = Float64Array.from(this.nodeScores(this.#wb.tree.root));
		this.baseline = { scores, ranks: competitionRanks(scores), kind };
	}

	/** Apply an edit; returns false (and changes nothing) when the workbook refuses it. */
	dispatch(cmd: Command): boolean {
		if (!this.#wb) return false;
		const start = performance.now();
		try {
			applyCommand(this.#wb, cmd);
		} catch {
			return false;
		}
		this.#edited();
		this.lastRecalcMs = performance.now() - start;
		this.onChange?.('edit');
		return true;
	}

	undo(): void {
		if (!this.#wb?.hf.isThereSomethingToUndo()) return;
		this.#wb.undo();
		this.#edited();
		this.onChange?.('edit');
	}

	redo(): void {
		if (!this.#wb?.hf.isThereSomethingToRedo()) return;
		this.#wb.redo();
		this.#edited();
		this.onChange?.('edit');
	}

	#edited(): void {
		this.version += 1;
		this.sheetNames = this.#wb?.hf.getSheetNames().join('|') ?? '';
	}

	unitName(code: string, fallback: string): string {
		return this.directory?.unitNames.get(code)?.[this.locale] ?? fallback;
	}

	/** Display name of a unit by its row index. */
	unitLabel(unit: number): string {
		const u = this.#wb?.dataset.units[unit];
		return u ? this.unitName(u.code, u.name) : '';
	}

	regionName(code: string | undefined): string {
		if (!code) return '';
		return this.directory?.regionNames.get(code)?.[this.locale] ?? code;
	}

	nodeName(node: number): string {
		const n = this.#wb?.tree.nodes[node];
		return n ? (this.locale === 'vi' ? n.nameVi : n.nameEn) : '';
	}

	openExplain(node: number, unit: number): void {
		this.explain = { node, unit };
	}
}

/**
 * A workbook built with method settings when the workbook accepts them; settings it refuses (from
 * an older or damaged record) leave the published method in force rather than no workbook at all.
 */
function workbookWithMethod(
	tree: Tree,
	dataset: Dataset,
	method: Record<string, unknown> | undefined
): ModelWorkbook {
	if (method)
		try {
			return new ModelWorkbook(tree, dataset, { method } as WorkbookOptions);
		} catch {
			// fall through: the published method
		}
	return new ModelWorkbook(tree, dataset);
}

const KEY = Symbol('workbench');

export function setWorkbench(wb: Workbench): Workbench {
	return setContext(KEY, wb);
}

export function getWorkbench(): Workbench {
	return getContext<Workbench>(KEY);
}
