// The built-in starting points of a new workbook (illustrative 2023: 63 provinces; illustrative 2025:
// 34 units) and the bilingual names of a stored workbook's units and regions.
import { frameworkCsv, illustrative2023Csv, provinces63Csv } from '../data/builtin';
import illustrative2025Csv from '../data/illustrative-2025.csv?raw';
import provinces34Csv from '../data/provinces-34.csv?raw';
import { readProvinceDirectory, type ProvinceDirectory } from '../data/provinces';
import { loadModel } from '../io/load-model';
import type { Dataset, Framework } from '../model/types';
import type { WorkbookRecord } from './schema';

export type Preset = '2023' | '2025';

export const PRESETS: readonly Preset[] = ['2023', '2025'];

const SOURCES: Record<Preset, { data: string; provinces: string }> = {
	'2023': { data: illustrative2023Csv, provinces: provinces63Csv },
	'2025': { data: illustrative2025Csv, provinces: provinces34Csv }
};

export interface PresetModel {
	framework: Framework;
	dataset: Dataset;
	nameEn: (code: string) => string | undefined;
	origin: string;
}

/** The framework, dataset and English unit names of a built-in starting point. */
export function presetModel(preset: Preset): PresetModel {
	const src = SOURCES[preset];
	const model = loadModel(frameworkCsv, src.data);
	if (!model.ok) throw new Error(model.errors.map((e) => e.message).join('\n'));
	const names = readProvinceDirectory(src.provinces).unitNames;
	return {
		framework: model.framework,
		dataset: model.dataset,
		nameEn: (code) => names.get(code)?.en,
		origin: `illustrative-${preset}`
	};
}

let regions: ProvinceDirectory['regionNames'] | null = null;

/** Unit names as stored in the workbook; region names from the built-in province list. */
export function directoryOf(wb: WorkbookRecord): ProvinceDirectory {
	regions ??= readProvinceDirectory(provinces63Csv).regionNames;
	return {
		unitNames: new Map(wb.units.map((u) => [u.code, { vi: u.name, en: u.nameEn ?? u.name }])),
		regionNames: regions
	};
}
