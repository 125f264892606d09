// Shared by the io pipeline tests: the PII model on the illustrative 2023 data, an import target
// for it as the app builds one, and a bit-exact snapshot of its Data sheet.
import { readFileSync } from 'node:fs';
import { loadModel } from '../../src/lib/io/load-model';
import type { ImportTarget } from '../../src/lib/io/import-plan';
import { readRanges, rangesFor } from '../../src/lib/io/plausible';
import { createUnitMatcher, directoryNames, readAliases } from '../../src/lib/io/unit-match';
import { readProvinceDirectory } from '../../src/lib/data/provinces';
import { indicatorCodes } from '../../src/lib/model/indicators';
import { ModelWorkbook } from '../../src/lib/workbook/workbook';

export const dataFile = (name: string) =>
	readFileSync(new URL(`../../src/lib/data/${name}`, import.meta.url), 'utf8');

export function piiModel() {
	const model = loadModel(dataFile('pii-framework.csv'), dataFile('illustrative-2023.csv'));
	if (!model.ok) throw new Error('built-in model does not load');
	return model;
}

export function piiWorkbook(): ModelWorkbook {
	const m = piiModel();
	return new ModelWorkbook(m.tree, m.dataset);
}

const directory = readProvinceDirectory(dataFile('provinces-63.csv'));
const aliases = readAliases(dataFile('aliases.csv'));
const ranges = readRanges(dataFile('plausible-ranges.csv'));

export function piiTarget(wb: ModelWorkbook): ImportTarget {
	const units = wb.dataset.units;
	const codes = indicatorCodes(wb.tree);
	return {
		indicators: codes,
		units,
		current: wb.readData(),
		matcher: createUnitMatcher(units, directoryNames(units, directory.unitNames), aliases),
		ranges: rangesFor(wb.tree.nodes[wb.tree.root].code, codes, ranges)
	};
}

/** Every Data-sheet cell, numbers as their 64-bit pattern. */
export function dataSnapshot(wb: ModelWorkbook): string[][] {
	const view = new DataView(new ArrayBuffer(8));
	return wb.sheetValues('Data').map((row) =>
		row.map((v) => {
			if (typeof v !== 'number') return JSON.stringify(v ?? null);
			view.setFloat64(0, v);
			return `#${view.getBigUint64(0).toString(16)}`;
		})
	);
}
