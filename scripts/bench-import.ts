// Import speed: read, check and plan a 63 × 52 Excel (Việt Nam) CSV, the same as XLSX and as a long
// file; a 5,000-row long and a 5,000-row wide CSV as new datasets. Median of several runs.
import { readFileSync } from 'node:fs';
import { PRESETS, writeCsv, type OutCell } from '../src/lib/io/csv-write';
import { rawDataRows } from '../src/lib/io/export-tables';
import { loadModel } from '../src/lib/io/load-model';
import { analyseImport, readDatasetBytes } from '../src/lib/io/read-data';
import { createUnitMatcher } from '../src/lib/io/unit-match';
import { tablesXlsx } from '../src/lib/io/xlsx-write';
import { columnsFor } from '../src/lib/model/dataset';
import { indicatorCodes } from '../src/lib/model/indicators';

const text = (name: string) =>
	readFileSync(new URL(`../src/lib/data/${name}`, import.meta.url), 'utf8');
const model = loadModel(text('pii-framework.csv'), text('illustrative-2023.csv'));
if (!model.ok) throw new Error('the built-in model does not load');
const codes = indicatorCodes(model.tree);
const units = model.dataset.units;
const columns = columnsFor(model.dataset, codes);
const target = { indicators: codes, units, current: columns, matcher: createUnitMatcher(units) };
const encode = (s: string) => new TextEncoder().encode(s);

async function median(label: string, bytes: Uint8Array, run: () => Promise<string>, times = 9) {
	const ms: number[] = [];
	let status = '';
	for (let i = 0; i < times; i++) {
		const t = performance.now();
		status = await run();
		ms.push(performance.now() - t);
	}
	ms.sort((a, b) => a - b);
	const kb = (bytes.length / 1024).toFixed(0);
	console.log(
		`${label.padEnd(44)} ${kb.padStart(6)} KB  ${ms[times >> 1].toFixed(1).padStart(7)} ms  (${status})`
	);
}

const zero = columns.map((c) => new Float64Array(c.length).fill(NaN));
const wide = encode(writeCsv(rawDataRows(units, codes, columns), PRESETS['excel-vn']));
await median('63 × 52 wide CSV (Excel VN), all cells new', wide, async () => {
	const a = await analyseImport(wide, { ...target, current: zero });
	return a.status === 'ready' ? `${a.plan.edits.length} edits` : a.status;
});
const xlsx = await tablesXlsx([{ name: 'Data', rows: rawDataRows(units, codes, columns) }]);
await median('63 × 52 wide XLSX, all cells new', xlsx, async () => {
	const a = await analyseImport(xlsx, { ...target, current: zero });
	return a.status === 'ready' ? `${a.plan.edits.length} edits` : a.status;
});
const longRows: OutCell[][] = [['tỉnh', 'chỉ số', 'giá trị']];
units.forEach((u, r) => codes.forEach((c, p) => longRows.push([u.name, c, columns[p][r] + 1])));
const long = encode(writeCsv(longRows, PRESETS['excel-vn']));
await median('63 × 52 long CSV (3,277 rows, names)', long, async () => {
	const a = await analyseImport(long, target);
	return a.status === 'ready' ? `${a.plan.edits.length} edits` : a.status;
});
const districts: OutCell[][] = [['mã', 'tên', 'chỉ số', 'giá trị']];
for (let u = 0; districts.length <= 5000; u++)
	codes.forEach((c, p) =>
		districts.push([`H${u}`, `Huyện ${u}`, c, columns[p][u % units.length] * 1.01])
	);
const long5k = encode(writeCsv(districts, PRESETS['excel-vn']));
await median(`${districts.length - 1}-row long CSV as a new dataset`, long5k, async () => {
	const r = await readDatasetBytes(long5k, { indicators: codes });
	return r.status === 'ready' ? `${r.dataset.units.length} units` : r.status;
});
const many: OutCell[][] = [['code', 'name', ...codes]];
for (let u = 0; u < 5000; u++)
	many.push([`D${u}`, `Huyện ${u}`, ...codes.map((_, p) => columns[p][u % units.length] * 1.01)]);
const big = encode(writeCsv(many, PRESETS['excel-vn']));
await median(
	'5,000-row wide CSV as a new dataset',
	big,
	async () => {
		const r = await readDatasetBytes(big, { indicators: codes });
		return r.status === 'ready' ? `${r.dataset.units.length} units` : r.status;
	},
	5
);
