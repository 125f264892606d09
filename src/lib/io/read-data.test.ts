// Reading data files of every shape into an import plan: wide, one row per indicator, long with
// editions, CSV conventions, XLSX sheets; partial files touch only their cells.
import { describe, expect, it } from 'vitest';
import type { ImportPlan } from './import-plan';
import { analyseImport, readDatasetBytes, type ImportOptions } from './read-data';
import { createUnitMatcher } from './unit-match';
import { tablesXlsx } from './xlsx-write';

const indicators = ['1.1.1', '1.1.2', '2.1.1'];
const units = [
	{ code: '01', name: 'Hà Nội' },
	{ code: '02', name: 'Hà Giang' },
	{ code: '79', name: 'TP. Hồ Chí Minh' }
];
const current = () => [
	Float64Array.from([10, 20, 30]),
	Float64Array.from([1, 3, NaN]),
	Float64Array.from([5, 6, 7])
];
const target = () => ({
	indicators,
	units,
	current: current(),
	matcher: createUnitMatcher(units, () => [], [{ alias: 'HCMC', code: '79' }])
});
const bytes = (s: string) => new TextEncoder().encode(s);

async function plan(input: string | Uint8Array, options: ImportOptions = {}): Promise<ImportPlan> {
	const a = await analyseImport(
		typeof input === 'string' ? bytes(input) : input,
		target(),
		options
	);
	if (a.status !== 'ready') throw new Error(`${a.status}: ${JSON.stringify(a.issues)}`);
	return a.plan;
}

const edits = (p: ImportPlan) =>
	p.edits.map((e) => [units[e.unit].code, indicators[e.indicator], e.value]);

describe('wide files', () => {
	it('Vietnamese Excel: BOM, ";", decimal comma, CRLF, names, only some columns', async () => {
		const p = await plan('\ufeffTỉnh;1.1.2;1.1.1\r\nHCMC;2,5;1.234,5\r\nha noi;1;10\r\n');
		expect(edits(p)).toEqual([
			['79', '1.1.2', 2.5],
			['79', '1.1.1', 1234.5]
		]);
		expect(p.counts).toEqual({ added: 1, changed: 1, cleared: 0, unchanged: 2, blank: 0 });
		expect(p.units).toEqual([0, 2]);
		expect(p.indicators).toEqual([0, 1]);
	});
	it('quoted fields with delimiters and line breaks, a region column, R missing values', async () => {
		const p = await plan('code,name,region,2.1.1,1.1.2\n02,"Hà\nGiang, tỉnh",NMM,"1,234.5",NA\n');
		expect(edits(p)).toEqual([
			['02', '2.1.1', 1234.5],
			['02', '1.1.2', null]
		]);
		const q = await plan('code,name,1.1.1\n01,Hà Nội,NA\n');
		expect(q.changes).toMatchObject([
			{ kind: 'cleared', before: 10, after: null, row: 2, col: 'C' }
		]);
	});
	it('empty cells keep the value unless told to clear it', async () => {
		const text = 'code;1.1.1;2.1.1\r\n01;;5\r\n';
		expect((await plan(text)).counts).toMatchObject({ blank: 1, unchanged: 1, cleared: 0 });
		expect(edits(await plan(text, { blank: 'clear' }))).toEqual([['01', '1.1.1', null]]);
	});
	it('asks about "1.234" and then reads it as told', async () => {
		const a = await analyseImport(bytes('code;1.1.1\r\n01;1.234\r\n'), target());
		expect(a.status).toBe('needs-decimal');
		expect(edits(await plan('code;1.1.1\r\n01;1.234\r\n', { decimal: ',' }))).toEqual([
			['01', '1.1.1', 1234]
		]);
		expect(edits(await plan('code;1.1.1\r\n01;1.234\r\n', { decimal: '.' }))).toEqual([
			['01', '1.1.1', 1.234]
		]);
	});
});

describe('other layouts', () => {
	it('one row per indicator, a column per province (the one-province template)', async () => {
		const p = await plan(
			'code;name_vi;unit;Hà Giang\r\n1.1.1;Chính sách;điểm;21,5\r\n2.1.1;Điểm thi;điểm;6\r\n'
		);
		expect(edits(p)).toEqual([['02', '1.1.1', 21.5]]);
	});
	it('long files, one edition chosen among several', async () => {
		const text = 'tỉnh,chỉ số,giá trị,năm\nHà Nội,1.1.1,11,2023\nHà Nội,1.1.1,12,2024\n';
		const a = await analyseImport(bytes(text), target());
		expect(a.status === 'needs-edition' && a.editions).toEqual(['2023', '2024']);
		expect(edits(await plan(text, { edition: '2024' }))).toEqual([['01', '1.1.1', 12]]);
	});
	it('XLSX: the data sheet first, codes kept as text, numbers as stored', async () => {
		const book = await tablesXlsx([
			{ name: 'Ghi chú', rows: [['Biểu mẫu']] },
			{
				name: 'Data',
				rows: [
					['code', '1.1.1'],
					['02', 0.1 + 0.2]
				]
			}
		]);
		expect(edits(await plan(book))).toEqual([['02', '1.1.1', 0.1 + 0.2]]);
		const other = await analyseImport(book, target(), { sheet: 'Ghi chú' });
		expect(other.status).toBe('refused');
	});
});

describe('a whole new dataset', () => {
	it('takes the units of the file in file order', async () => {
		const r = await readDatasetBytes(bytes('code;name;1.1.1\r\nA;Huyện A;1,5\r\nB;Huyện B;\r\n'), {
			indicators
		});
		expect(r.status).toBe('ready');
		if (r.status !== 'ready') return;
		expect(r.dataset.units).toEqual([
			{ code: 'A', name: 'Huyện A' },
			{ code: 'B', name: 'Huyện B' }
		]);
		expect(Array.from(r.dataset.values)).toEqual([1.5, NaN, NaN, NaN, NaN, NaN]);
	});
});

describe('denominator columns', () => {
	it('are read beside the indicators when declared, wide or long', async () => {
		const wide = await readDatasetBytes(
			bytes('code;name;1.1.1;population\r\nA;Huyện A;1,5;12.345\r\n'),
			{ indicators },
			{ denominators: ['population'] }
		);
		expect(wide.status === 'ready' && wide.dataset.denominators).toEqual({
			names: ['population'],
			columns: [Float64Array.from([12345])]
		});
		const long = await readDatasetBytes(
			bytes('mã,chỉ số,giá trị\nA,1.1.1,2\nA,population,900\n'),
			{ indicators },
			{ denominators: ['population'] }
		);
		expect(
			long.status === 'ready' && Array.from(long.dataset.denominators?.columns[0] ?? [])
		).toEqual([900]);
	});
	it('a declared denominator the file lacks is an error; undeclared it is an unknown column', async () => {
		const r = await readDatasetBytes(
			bytes('code;1.1.1\r\nA;1\r\n'),
			{ indicators },
			{ denominators: ['grdp'] }
		);
		expect(r.status === 'refused' && r.issues.map((i) => i.code)).toEqual(['missing-column']);
		const u = await readDatasetBytes(bytes('code;1.1.1;grdp\r\nA;1;2\r\n'), { indicators });
		expect(u.status === 'refused' && u.issues.map((i) => i.code)).toEqual(['unknown-column']);
	});
});
