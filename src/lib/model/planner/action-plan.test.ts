// Action plan: co-leads split, grouping by department in order of appearance, items per indicator,
// CSV with a byte-order mark and an XLSX that reads back.
import { describe, expect, it } from 'vitest';
import { tableXlsx } from './xlsx-export';
import {
	actionItems,
	actionPlanCsv,
	actionPlanRows,
	groupByDepartment,
	splitDepartments,
	type ActionItem
} from './action-plan';

const item = (code: string, departments: string[], target = NaN): ActionItem => ({
	indicator: 0,
	code,
	name: `Chỉ số ${code}`,
	measure: '%',
	current: 1.5,
	target,
	gain: Number.isNaN(target) ? NaN : 0.25,
	deadline: 'Quý IV/2025',
	note: '',
	departments
});

describe('action plan', () => {
	it('splits co-leads and groups by department in order of appearance', () => {
		expect(splitDepartments(' Sở Tư pháp; Công an Thành phố ;')).toEqual([
			'Sở Tư pháp',
			'Công an Thành phố'
		]);
		const groups = groupByDepartment(
			[item('1.1.1', ['Sở KH&CN']), item('1.1.2', ['Sở Tư pháp', 'Sở KH&CN']), item('9', [])],
			'Chưa phân công'
		);
		expect(groups.map((g) => [g.department, g.items.map((i) => i.code)])).toEqual([
			['Sở KH&CN', ['1.1.1', '1.1.2']],
			['Sở Tư pháp', ['1.1.2']],
			['Chưa phân công', ['9']]
		]);
	});

	it('writes a CSV with a byte-order mark, numbers as numbers, missing as empty', () => {
		const table = actionPlanRows(groupByDepartment([item('2.2.1', ['Sở KH&CN'], 2)], '-'), {
			department: 'Cơ quan chủ trì',
			code: 'Mã',
			indicator: 'Chỉ số',
			measure: 'Đơn vị',
			current: 'Hiện trạng',
			target: 'Mục tiêu',
			gain: 'Điểm tăng',
			deadline: 'Thời hạn',
			note: 'Ghi chú'
		});
		const csv = actionPlanCsv(table);
		expect(csv.startsWith('\ufeffCơ quan chủ trì,Mã,')).toBe(true);
		expect(csv).toContain('Sở KH&CN,2.2.1,Chỉ số 2.2.1,%,1.5,2,0.25,Quý IV/2025,\n');
	});
});

describe('action items', () => {
	it('one per indicator, or only those with a target; departments split', () => {
		const src = {
			codes: ['1.1.1', '1.1.2'],
			names: ['A', 'B'],
			measures: ['%', 'điểm'],
			current: [1, 2],
			gains: [0.5, 0],
			departments: ['Sở KH&CN', 'Sở Tư pháp; Công an'],
			targets: { '1.1.1': 3 },
			deadlines: { '1.1.1': '2025' },
			notes: {}
		};
		const all = actionItems(src, false);
		expect(all.map((i) => [i.code, i.target, i.gain, i.departments])).toEqual([
			['1.1.1', 3, 0.5, ['Sở KH&CN']],
			['1.1.2', NaN, NaN, ['Sở Tư pháp', 'Công an']]
		]);
		expect(actionItems(src, true).map((i) => i.code)).toEqual(['1.1.1']);
	});
});

describe('XLSX export', () => {
	it('writes a workbook (a zip file) with the plan table', async () => {
		const bytes = await tableXlsx(
			{ header: ['Mã', 'Mục tiêu'], rows: [['2.2.1', 12.5]] },
			'Kế hoạch hành động theo cơ quan chủ trì'
		);
		expect(bytes).not.toBeNull();
		expect(Array.from(bytes?.subarray(0, 2) ?? [])).toEqual([0x50, 0x4b]);
		const XLSX = await import('@e965/xlsx');
		const book = XLSX.read(bytes, { type: 'array' });
		const sheet = book.Sheets[book.SheetNames[0]];
		expect(XLSX.utils.sheet_to_json(sheet, { header: 1 })).toEqual([
			['Mã', 'Mục tiêu'],
			['2.2.1', 12.5]
		]);
	});
});
