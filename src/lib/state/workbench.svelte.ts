// The app's one state object: the model workbook, the UI locale and derived views. Components read
// it through context; every edit goes through `dispatch`.
import { getContext, setContext } from 'svelte';
import { applyCommand, type Command } from '../commands/commands';
import { readProvinceDirectory, type ProvinceDirectory } from '../data/provinces';
import { translate, type MessageKey } from '../i18n/messages';
import type { Locale } from '../i18n/numbers';
import { loadModel } from '../io/load-model';
import { ratioNodes } from '../workbook/build';
import { readResults, type ModelResults } from '../workbook/results';
import { ModelWorkbook } from '../workbook/workbook';

export interface WorkbenchSources {
	frameworkCsv: string;
	dataCsv: string;
	provincesCsv: string;
}

export class Workbench {
	locale = $state<Locale>('vi');
	status = $state<'loading' | 'ready' | 'error'>('loading');
	error = $state('');
	/** Bumped after every applied edit; derived views depend on it. */
	version = $state(0);
	lastRecalcMs = $state(0);
	#wb: ModelWorkbook | null = $state.raw(null);
	directory: ProvinceDirectory | null = $state.raw(null);

	results: ModelResults | null = $derived.by(() => {
		void this.version;
		return this.#wb ? readResults(this.#wb) : null;
	});

	rawColumns: Float64Array[] = $derived.by(() => {
		void this.version;
		return this.#wb ? this.#wb.readData() : [];
	});

	get workbook(): ModelWorkbook | null {
		return this.#wb;
	}

	t = (key: MessageKey, params?: Record<string, string>): string =>
		translate(this.locale, key, params);

	load(sources: WorkbenchSources): void {
		const model = loadModel(sources.frameworkCsv, sources.dataCsv);
		if (!model.ok) {
			this.status = 'error';
			this.error = model.errors.map((e) => e.message).join('\n');
			return;
		}
		this.directory = readProvinceDirectory(sources.provincesCsv);
		this.#wb?.destroy();
		this.#wb = new ModelWorkbook(model.tree, model.dataset);
		this.status = 'ready';
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

	unitName(code: string, fallback: string): string {
		return this.directory?.unitNames.get(code)?.[this.locale] ?? fallback;
	}

	regionName(code: string | undefined): string {
		if (!code) return '';
		return this.directory?.regionNames.get(code)?.[this.locale] ?? code;
	}

	nodeName(node: number): string {
		const n = this.#wb?.tree.nodes[node];
		return n ? (this.locale === 'vi' ? n.nameVi : n.nameEn) : '';
	}

	get ratio(): { in: number; out: number } | null {
		return this.#wb ? ratioNodes(this.#wb.tree) : null;
	}
}

const KEY = Symbol('workbench');

export function setWorkbench(wb: Workbench): Workbench {
	return setContext(KEY, wb);
}

export function getWorkbench(): Workbench {
	return getContext<Workbench>(KEY);
}
