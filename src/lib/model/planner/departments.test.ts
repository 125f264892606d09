// Lead departments: every department of the PII framework has an English name; anything else, and
// anything a user typed, is shown as written.
import { describe, expect, it } from 'vitest';
import { splitDepartments } from './action-plan';
import { KNOWN_DEPARTMENTS, departmentText, leadDepartments } from './departments';
import { piiModel } from './testing';

const SIXTEEN = [
	'Ban Quản lý các Khu công nghiệp và chế xuất',
	'Công an Thành phố',
	'Cục Thi hành án dân sự',
	'Ngân hàng Chính sách xã hội chi nhánh',
	'Ngân hàng Nhà nước chi nhánh',
	'Sở Công Thương',
	'Sở Giao thông Vận tải',
	'Sở Giáo dục và Đào tạo',
	'Sở Khoa học và Công nghệ',
	'Sở Kế hoạch và Đầu tư',
	'Sở Lao động - Thương binh và Xã hội',
	'Sở Nông nghiệp và Phát triển nông thôn',
	'Sở Nội vụ',
	'Sở Thông tin và Truyền thông',
	'Sở Tài nguyên và Môi trường',
	'Sở Tư pháp'
];

describe('lead departments in English', () => {
	it('each of the 16 departments has its own English name', () => {
		expect([...KNOWN_DEPARTMENTS].sort()).toEqual([...SIXTEEN].sort());
		const names = SIXTEEN.map((d) => departmentText(d, 'en'));
		names.forEach((en, i) => {
			expect(en).not.toBe(SIXTEEN[i]);
			expect(en).toMatch(/^[A-Za-z ,]+$/);
		});
		expect(new Set(names).size).toBe(16);
		expect(departmentText('Sở Khoa học và Công nghệ', 'en')).toBe(
			'Department of Science and Technology'
		);
		expect(departmentText('Công an Thành phố', 'en')).toBe('City Police');
	});

	it('every department named in the PII framework is translated', () => {
		const { tree } = piiModel();
		const texts = tree.indicators.map((i) => tree.nodes[i].leadDepartment);
		expect(texts.filter(Boolean)).toHaveLength(52);
		for (const text of texts)
			for (const part of splitDepartments(departmentText(text, 'en')))
				expect(part).toMatch(/^[A-Za-z ,]+$/);
	});

	it('translates each part of a co-lead text and keeps its separators', () => {
		expect(departmentText('Sở Tư pháp; Công an Thành phố; Cục Thi hành án dân sự', 'en')).toBe(
			'Department of Justice; City Police; Civil Judgment Enforcement Department'
		);
		expect(departmentText('Sở Nội vụ;Phòng Tổng hợp ; Sở Tư pháp', 'en')).toBe(
			'Department of Home Affairs;Phòng Tổng hợp ; Department of Justice'
		);
	});

	it('tolerates case, spacing, dashes and decomposed Unicode', () => {
		expect(departmentText('  sở  công thương ', 'en')).toBe('  Department of Industry and Trade ');
		expect(departmentText('Sở Lao động–Thương binh và Xã hội', 'en')).toBe(
			'Department of Labour, Invalids and Social Affairs'
		);
		expect(departmentText('Sở Nội vụ'.normalize('NFD'), 'en')).toBe('Department of Home Affairs');
	});

	it('keeps unknown text as written, and Vietnamese unchanged', () => {
		expect(departmentText('UBND quận Ba Đình', 'en')).toBe('UBND quận Ba Đình');
		expect(departmentText('Sở Y tế; Sở Nội vụ', 'en')).toBe('Sở Y tế; Department of Home Affairs');
		expect(departmentText('Department of Finance', 'en')).toBe('Department of Finance');
		for (const d of SIXTEEN) expect(departmentText(d, 'vi')).toBe(d);
		expect(departmentText('Sở Nội vụ; Sở Tư pháp ', 'vi')).toBe('Sở Nội vụ; Sở Tư pháp ');
		expect(departmentText(undefined, 'en')).toBe('');
		expect(departmentText('', 'vi')).toBe('');
	});

	it("shows a user's own assignment as typed and translates only the framework's default", () => {
		const codes = ['1.1.1', '1.1.2', '1.1.3'];
		const defaults = ['Sở Khoa học và Công nghệ', 'Sở Tư pháp', undefined];
		const assigned = { '1.1.2': 'Sở Tư pháp; Sở Nội vụ', '1.1.3': '' };
		expect(leadDepartments(codes, defaults, assigned, 'en')).toEqual([
			'Department of Science and Technology',
			'Sở Tư pháp; Sở Nội vụ',
			''
		]);
		expect(leadDepartments(codes, defaults, assigned, 'vi')).toEqual([
			'Sở Khoa học và Công nghệ',
			'Sở Tư pháp; Sở Nội vụ',
			''
		]);
		expect(leadDepartments(codes, defaults, {}, 'en')[2]).toBe('');
	});
});
