// Export → import gives back every raw value to the last bit, for both CSV presets and XLSX (a data
// table and the whole model workbook), and the results CSV reads back to the workbook's scores.
import { afterAll, describe, expect, it } from 'vitest';
import { applyCommand } from '../../src/lib/commands/commands';
import { PRESETS, writeCsv, type PresetId } from '../../src/lib/io/csv-write';
import { readCellNumber } from '../../src/lib/io/dialect';
import { rawDataRows, resultsRows } from '../../src/lib/io/export-tables';
import { analyseImport, readDatasetBytes } from '../../src/lib/io/read-data';
import { tablesXlsx, workbookXlsx } from '../../src/lib/io/xlsx-write';
import { parseCsvText } from '../../src/lib/io/csv';
import { indicatorCodes } from '../../src/lib/model/indicators';
import { seededRandom } from '../../src/lib/model/random';
import type { Dataset } from '../../src/lib/model/types';
import { ModelWorkbook } from '../../src/lib/workbook/workbook';
import { dataSnapshot, piiModel, piiTarget } from './io-support';

const model = piiModel();
const codes = indicatorCodes(model.tree);

/** The PII units with random full-precision values (some missing, some extreme). */
function randomData(seed: number): Dataset {
	const rnd = seededRandom(seed);
	const special = [1e-7, 0.1 + 0.2, 100 / 3, 123456789.12345679, 1e21, -0.5, 5e-324];
	const values = Float64Array.from({ length: model.dataset.values.length }, (_, i) =>
		i < special.length ? special[i] : rnd() < 0.03 ? NaN : rnd() * 10 ** Math.floor(rnd() * 8 - 2)
	);
	return { ...model.dataset, values };
}

const source = new ModelWorkbook(model.tree, randomData(3));
const empty: Dataset = {
	...model.dataset,
	values: new Float64Array(model.dataset.values.length).fill(NaN)
};
const blank = new ModelWorkbook(model.tree, empty);
afterAll(() => {
	source.destroy();
	blank.destroy();
});

/** Import into the blank workbook, compare its Data sheet with the source bit by bit, undo. */
async function expectRoundTrip(bytes: Uint8Array) {
	const a = await analyseImport(bytes, piiTarget(blank));
	expect(a.status, JSON.stringify(a.issues.slice(0, 3))).toBe('ready');
	if (a.status !== 'ready') return;
	applyCommand(blank, { type: 'setValues', edits: a.plan.edits });
	try {
		expect(dataSnapshot(blank)).toEqual(dataSnapshot(source));
	} finally {
		blank.undo();
	}
	const d = await readDatasetBytes(bytes, { indicators: codes });
	expect(d.status).toBe('ready');
	if (d.status === 'ready') {
		expect(d.dataset.units.map((u) => u.code)).toEqual(model.dataset.units.map((u) => u.code));
		expect(Array.from(d.dataset.values, String)).toEqual(Array.from(randomData(3).values, String));
	}
}

describe('round trip export → import', () => {
	const rows = rawDataRows(model.dataset.units, codes, source.readData());
	for (const preset of ['excel-vn', 'standard'] as PresetId[])
		it(`raw data CSV, ${preset}`, async () => {
			const text = writeCsv(rows, PRESETS[preset]);
			expect(text.startsWith('\ufeff')).toBe(preset === 'excel-vn');
			await expectRoundTrip(new TextEncoder().encode(text));
		});

	it('raw data XLSX', async () => {
		await expectRoundTrip(await tablesXlsx([{ name: 'Data', rows }]));
	});

	it('the whole workbook XLSX (its Data sheet)', async () => {
		await expectRoundTrip(await workbookXlsx(source));
	});

	it('results CSV reads back to the identical scores', () => {
		const scores = source.readAll();
		for (const preset of ['excel-vn', 'standard'] as PresetId[]) {
			const text = writeCsv(
				resultsRows({
					framework: model.framework,
					tree: model.tree,
					units: model.dataset.units,
					scores: (n) => scores[n],
					ratio: source.readRatio()
				}),
				PRESETS[preset]
			);
			const t = parseCsvText(text, { delimiter: PRESETS[preset].delimiter });
			const col = t.headers.indexOf('PII');
			const back = t.rows.map((r) => readCellNumber(r[col], PRESETS[preset].decimal));
			back.forEach((v, u) => {
				const want = scores[model.tree.root][u];
				if (Number.isNaN(want)) expect(v.kind).toBe('blank');
				else expect(v).toEqual({ kind: 'number', value: want });
			});
		}
	});
});
