// The command's file readers: every data format (CSV of any convention, XLSX, long, one row per
// indicator) gives the same dataset as the built-in CSV; frameworks as CSV (ours, COINr) or XLSX.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PRESETS, writeCsv, type OutCell } from '../../src/lib/io/csv-write';
import { rawDataRows } from '../../src/lib/io/export-tables';
import { frameworkRows } from '../../src/lib/io/framework-file';
import { readDataFile, readFrameworkFile } from '../../src/lib/io/files-node';
import { tablesXlsx } from '../../src/lib/io/xlsx-write';
import { columnsFor } from '../../src/lib/model/dataset';
import { indicatorCodes } from '../../src/lib/model/indicators';
import { formatIssue } from '../../src/lib/model/issues';
import { piiModel } from './io-support';

const dir = mkdtempSync(join(tmpdir(), 'pii-io-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const model = piiModel();
const codes = indicatorCodes(model.tree);
const columns = columnsFor(model.dataset, codes);
const file = (name: string, data: string | Uint8Array) => {
	const path = join(dir, name);
	writeFileSync(path, data);
	return path;
};

const longRows: OutCell[][] = [
	['Tỉnh', 'Mã chỉ số', 'Giá trị', 'Năm'],
	...model.dataset.units.flatMap((u, r) =>
		codes.map((c, p) => [u.name, c, Number.isNaN(columns[p][r]) ? null : columns[p][r], '2023'])
	)
];

describe('readDataFile', async () => {
	const wide = rawDataRows(model.dataset.units, codes, columns);
	const cases: [string, string][] = [
		['excel-vn.csv', file('excel-vn.csv', writeCsv(wide, PRESETS['excel-vn']))],
		['tab.tsv', file('tab.tsv', writeCsv(wide, { ...PRESETS.standard, delimiter: '\t' as ',' }))],
		['data.xlsx', file('data.xlsx', await tablesXlsx([{ name: 'Sheet1', rows: wide }]))],
		['long.csv', file('long.csv', writeCsv(longRows, PRESETS['excel-vn']))]
	];
	for (const [name, path] of cases)
		it(`${name} gives the built-in dataset`, async () => {
			const r = await readDataFile(path, model.framework);
			expect(r.ok, r.ok ? '' : r.errors.map((e) => formatIssue(e)).join('\n')).toBe(true);
			if (!r.ok) return;
			expect(r.value.units.map((u) => [u.code, u.name])).toEqual(
				model.dataset.units.map((u) => [u.code, u.name])
			);
			expect(Array.from(r.value.values, String)).toEqual(Array.from(model.dataset.values, String));
		});

	it('problems come back as located English issues', async () => {
		const r = await readDataFile(
			file('bad.csv', 'code;name;1.1.1\r\n01;Hà Nội;abc\r\n'),
			model.framework
		);
		expect(!r.ok && r.errors.map((e) => formatIssue(e, 'bad.csv'))).toEqual([
			'error: bad.csv, row 2, column 1.1.1, code 01: "abc" is not a number'
		]);
	});
});

describe('readFrameworkFile', () => {
	it('reads our CSV, its own export (Excel-VN) and XLSX alike', async () => {
		const csv = await readFrameworkFile(
			new URL('../../src/lib/data/pii-framework.csv', import.meta.url).pathname
		);
		expect(csv.ok && csv.value.nodes).toEqual(model.framework.nodes);
		const weights = Float64Array.from(model.tree.nodes, (n) => n.weight);
		const dirs = Int8Array.from(model.tree.nodes, (n) => n.direction);
		const rows = frameworkRows(model.framework, model.tree, weights, dirs);
		const vn = await readFrameworkFile(file('fw.csv', writeCsv(rows, PRESETS['excel-vn'])));
		const xlsx = await readFrameworkFile(
			file('fw.xlsx', await tablesXlsx([{ name: 'Framework', rows }]))
		);
		const strip = (r: typeof csv) =>
			r.ok ? r.value.nodes.map((n) => ({ ...n, notes: undefined })) : r.errors;
		expect(strip(vn)).toEqual(strip(csv));
		expect(strip(xlsx)).toEqual(strip(csv));
	});
	it("reads COINr's iMeta", async () => {
		const r = await readFrameworkFile(
			new URL('../fixtures/cli/coinr-imeta.csv', import.meta.url).pathname
		);
		expect(r.ok).toBe(true);
	});
});
