// Templates read back through the normal import: note rows (#) are skipped, the one-province column
// is matched by the province name.
import { describe, expect, it } from 'vitest';
import { compileTree } from '../model/tree';
import type { Framework } from '../model/types';
import { PRESETS, writeCsv } from './csv-write';
import { analyseImport } from './read-data';
import { templateIndicators, unitColumnTemplateRows, wideTemplateRows } from './template';
import { createUnitMatcher } from './unit-match';

const framework: Framework = {
	nodes: [
		{ code: 'R', parent: null, nameVi: 'Gốc', nameEn: 'Root', weight: 1, direction: 1, level: 2 },
		{
			code: '1.1',
			parent: 'R',
			nameVi: 'Chính sách; "mới"',
			nameEn: 'Policy',
			weight: 1,
			direction: 1,
			level: 1,
			unit: 'điểm',
			leadDepartment: 'Sở KH&CN'
		},
		{ code: '1.2', parent: 'R', nameVi: 'Thuế', nameEn: 'Tax', weight: 1, direction: 1, level: 1 }
	]
};
const tree = compileTree(framework);
const units = [
	{ code: '01', name: 'Hà Nội' },
	{ code: '31', name: 'Hải Phòng' }
];
const target = () => ({
	indicators: ['1.1', '1.2'],
	units,
	current: [new Float64Array(2).fill(NaN), new Float64Array(2).fill(NaN)],
	matcher: createUnitMatcher(units)
});

describe('templates', () => {
	it('one row per province: header, three note rows, the units', () => {
		const rows = wideTemplateRows(templateIndicators(tree), units);
		expect(rows.map((r) => r.slice(0, 3))).toEqual([
			['code', 'name', '1.1'],
			['# Tên chỉ số', '', 'Chính sách; "mới"'],
			['# Đơn vị tính', '', 'điểm'],
			['# Sở chủ trì', '', 'Sở KH&CN'],
			['01', 'Hà Nội', null],
			['31', 'Hải Phòng', null]
		]);
	});
	it('a filled wide template imports, note rows skipped', async () => {
		const rows = wideTemplateRows(templateIndicators(tree), units);
		rows[5][2] = 7.5;
		const a = await analyseImport(
			new TextEncoder().encode(writeCsv(rows, PRESETS['excel-vn'])),
			target()
		);
		expect(a.status === 'ready' && a.plan.edits).toEqual([{ unit: 1, indicator: 0, value: 7.5 }]);
	});
	it('a filled one-province column imports into that province', async () => {
		const values = [Float64Array.from([NaN, 3]), Float64Array.from([NaN, 4.25])];
		const rows = unitColumnTemplateRows(templateIndicators(tree), units[1], values, 1);
		expect(rows[0]).toEqual(['code', 'name_vi', 'unit', 'lead_department', 'Hải Phòng']);
		const a = await analyseImport(
			new TextEncoder().encode(writeCsv(rows, PRESETS.standard)),
			target()
		);
		expect(a.status === 'ready' && a.plan.edits).toEqual([
			{ unit: 1, indicator: 0, value: 3 },
			{ unit: 1, indicator: 1, value: 4.25 }
		]);
	});
});
