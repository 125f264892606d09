// The app's one state object: the model workbook, the UI locale, the selection and derived views.
// Components read it through context; every edit goes through `dispatch`.
import { getContext, setContext } from 'svelte';
import { applyCommand, type Command } from '../commands/commands';
import { readProvinceDirectory, type ProvinceDirectory } from '../data/provinces';
import { translate, type MessageKey } from '../i18n/messages';
import type { Locale } from '../i18n/numbers';
import { loadModel } from '../io/load-model';
import { compileTree } from '../model/tree';
import type { Dataset, Framework } from '../model/types';
import { diagnose, type ModelWarning } from '../model/diagnose';
import { createKernel } from '../model/kernel';
import { competitionRanks } from '../model/rank';
import { ratioNodes } from '../workbook/build';
import { SHEETS } from '../workbook/layout';
import { readResults, type ModelResults } from '../workbook/results';
import { ModelWorkbook } from '../workbook/workbook';

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
	lastRecalcMs = $state(0);
	view = $state<View>('grid');
	/** Selected unit (row index in the dataset), highlighted everywhere. */
	selectedUnit = $state(0);
	/** Second unit for comparisons. */
	compareUnit = $state(1);
	/** Score being explained: node (tree index) and unit, or null when the panel is closed. */
	explain = $state<{ node: number; unit: number } | null>(null);
	baseline = $state.raw<Baseline | null>(null);
	directory = $state.raw<ProvinceDirectory | null>(null);
	/** The framework as opened (file order, official weights). */
	framework = $state.raw<Framework | null>(null);
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
		const kernel = createKernel(wb.tree, wb.nUnits).compute(this.rawColumns, params);
		return diagnose(
			wb.tree,
			wb.dataset.units.map((u) => u.code),
			this.rawColumns,
			kernel.scores
		);
	});

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
		this.#wb?.destroy();
		this.#wb = new ModelWorkbook(compileTree(framework), dataset);
		this.framework = framework;
		this.version += 1;
		this.selectedUnit = 0;
		this.compareUnit = Math.min(1, dataset.units.length - 1);
		this.explain = null;
		this.pinBaseline('loaded');
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
		this.version += 1;
		this.lastRecalcMs = performance.now() - start;
		return true;
	}

	undo(): void {
		if (!this.#wb?.hf.isThereSomethingToUndo()) return;
		this.#wb.undo();
		this.version += 1;
	}

	redo(): void {
		if (!this.#wb?.hf.isThereSomethingToRedo()) return;
		this.#wb.redo();
		this.version += 1;
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

const KEY = Symbol('workbench');

export function setWorkbench(wb: Workbench): Workbench {
	return setContext(KEY, wb);
}

export function getWorkbench(): Workbench {
	return getContext<Workbench>(KEY);
}
