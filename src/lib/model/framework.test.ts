// Framework files → Framework: the built-in PII framework, free column order, COINr iMeta names,
// and one located error (row + code) per rejected problem, all reported at once.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCsvText, readFrameworkCsv } from '../io/csv';
import { parseFramework } from './framework';
import { formatIssue } from './issues';
import type { Framework, Issue, Result } from './types';

const PII_CSV = readFileSync(new URL('../data/pii-framework.csv', import.meta.url), 'utf8');

/** CSV text from rows of cells (quoted where needed). */
const csv = (rows: string[][]) => Papa.unparse(rows, { newline: '\n' });

const HEADER = ['code', 'parent', 'name_en', 'weight', 'direction', 'level'];

/** A small valid framework: R → A (a1, a2), b1. Rows 2–6. */
const BASE: string[][] = [
	['R', '', 'Root', '1', '', '3'],
	['A', 'R', 'Pillar A', '1', '', '2'],
	['a1', 'A', 'Indicator a1', '1', '1', '1'],
	['a2', 'A', 'Indicator a2', '2', '-1', '1'],
	['b1', 'R', 'Indicator b1', '1', '1', '1']
];

/** BASE with extra rows appended (rows 7, 8, …). */
const withRows = (...extra: string[][]) => csv([HEADER, ...BASE, ...extra]);

/** BASE with row `row` (file row, header = 1) changed by `edit`. */
function withEdit(row: number, edit: (cells: string[]) => string[]): string {
	return csv([HEADER, ...BASE.map((r, i) => (i + 2 === row ? edit([...r]) : r))]);
}

function framework(result: Result<Framework>): Framework {
	if (!result.ok) throw new Error(result.errors.map((e) => formatIssue(e)).join('\n'));
	return result.value;
}

function errorsOf(result: Result<Framework>): Issue[] {
	if (result.ok) throw new Error('expected the framework to be rejected');
	return result.errors;
}

/** The file is rejected with an error located at `row` naming `code` (in the issue and in its text). */
function expectError(text: string, row: number, code: string, message?: RegExp): Issue {
	const errors = errorsOf(readFrameworkCsv(text));
	const hit = errors.find((e) => e.row === row && e.code === code);
	if (!hit)
		throw new Error(
			`no error at row ${row} for code ${code}; got:\n${errors.map((e) => formatIssue(e)).join('\n')}`
		);
	expect(hit.severity).toBe('error');
	const line = formatIssue(hit);
	expect(line).toContain(`row ${row}`);
	expect(line).toContain(`code ${code}`);
	if (message) expect(hit.message).toMatch(message);
	return hit;
}

describe('the built-in PII framework', () => {
	const fw = framework(readFrameworkCsv(PII_CSV));
	const atLevel = (l: number) => fw.nodes.filter((n) => n.level === l);

	it('has 52 indicators, 16 sub-pillars, 7 pillars, 2 sub-indices and 1 root', () => {
		expect(fw.nodes).toHaveLength(52 + 16 + 7 + 2 + 1);
		expect(atLevel(1)).toHaveLength(52);
		expect(atLevel(2)).toHaveLength(16);
		expect(atLevel(3).map((n) => n.code)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7']);
		expect(atLevel(4).map((n) => n.code)).toEqual(['IN', 'OUT']);
		expect(atLevel(5).map((n) => n.code)).toEqual(['PII']);
		expect(fw.nodes.filter((n) => n.parent === null).map((n) => n.code)).toEqual(['PII']);
	});

	it('links every node to a parent one level up, with weight 1 and direction 1', () => {
		const byCode = new Map(fw.nodes.map((n) => [n.code, n]));
		for (const n of fw.nodes) {
			expect(n.weight).toBe(1);
			expect(n.direction).toBe(1);
			if (n.parent !== null) expect(byCode.get(n.parent)?.level).toBe(n.level + 1);
		}
		expect(byCode.get('5.2')?.parent).toBe('P5');
		expect(byCode.get('7.2.4')?.parent).toBe('7.2');
	});

	it('keeps both names and the optional fields', () => {
		const n = fw.nodes.find((x) => x.code === '1.1.2');
		expect(n).toMatchObject({
			nameVi: 'Thiết chế pháp lý và an ninh trật tự',
			nameEn: 'Legal institutions and security/order',
			unit: 'PCI sub-index score (0–10)',
			leadDepartment: 'Sở Tư pháp; Công an Thành phố; Cục Thi hành án dân sự',
			notes: '2025 raw range 6.35–8.44'
		});
		expect(fw.nodes[0]).toMatchObject({ code: 'PII', nameEn: 'Provincial Innovation Index' });
		expect(fw.nodes[0].unit).toBeUndefined();
	});

	it('gives the same framework whatever the column order', () => {
		const { headers, rows } = parseCsvText(PII_CSV);
		const table = [headers, ...rows];
		const n = headers.length;
		const orders = [
			headers.map((_, i) => n - 1 - i),
			headers.map((_, i) => (i + 4) % n),
			headers.map((_, i) => (i * 3) % n) // n = 11 is prime, so a permutation
		];
		for (const order of orders) {
			expect([...order].sort((a, b) => a - b)).toEqual(headers.map((_, i) => i));
			const shuffled = csv(table.map((r) => order.map((i) => r[i] ?? '')));
			expect(shuffled.split('\n')[0]).not.toBe(PII_CSV.split('\n')[0]);
			expect(framework(readFrameworkCsv(shuffled))).toEqual(fw);
		}
	});
});

describe('COINr iMeta', () => {
	const iMeta = csv([
		['iCode', 'Parent', 'iName', 'Weight', 'Direction', 'Level', 'Type'],
		['x1', 'G1', 'Exports', '1', '1', '1', 'Indicator'],
		['x2', 'G1', 'Poverty rate', '2', '-1', '1', 'Indicator'],
		['x3', 'G2', 'Patents', '1', '1', '1', 'Indicator'],
		['pop', '', 'Population', '', '', '', 'Denominator'],
		['region', '', 'Region', '', '', '', 'Group'],
		['G1', 'Index', 'Economy', '1', '', '2', 'Aggregate'],
		['G2', 'Index', 'Knowledge', '3', '', '2', 'Aggregate'],
		['Index', '', 'Index', '1', '', '3', 'Aggregate']
	]);

	it('reads iCode, Parent, iName, Weight, Direction, Level and Type', () => {
		const fw = framework(readFrameworkCsv(iMeta));
		expect(fw.nodes.map((n) => [n.code, n.parent, n.weight, n.direction, n.level])).toEqual([
			['x1', 'G1', 1, 1, 1],
			['x2', 'G1', 2, -1, 1],
			['x3', 'G2', 1, 1, 1],
			['G1', 'Index', 1, 1, 2],
			['G2', 'Index', 3, 1, 2],
			['Index', null, 1, 1, 3]
		]);
		expect(fw.nodes[1]).toMatchObject({ nameVi: 'Poverty rate', nameEn: 'Poverty rate' });
	});

	it('skips Group and Denominator rows (they would otherwise be extra roots)', () => {
		const fw = framework(readFrameworkCsv(iMeta));
		expect(fw.nodes.map((n) => n.code)).not.toContain('pop');
		expect(fw.nodes.map((n) => n.code)).not.toContain('region');
		// Read as an indicator, the parentless denominator row is a second root.
		const asIndicator = iMeta.replace('Denominator', 'Indicator');
		expectError(asIndicator, 9, 'Index', /more than one root.*"pop"/);
	});

	it("locates errors by the file's own header names", () => {
		const text = iMeta.replace('x3,G2', 'x3,G9').replace('Patents,1,1,1', 'Patents,1,,1');
		const errors = errorsOf(readFrameworkCsv(text));
		expect(errors).toHaveLength(1);
		expect(errors[0]).toMatchObject({ row: 4, code: 'x3', column: 'Parent' });
		const noDirection = iMeta.replace('Patents,1,1,1', 'Patents,1,,1');
		expectError(noDirection, 4, 'x3', /direction/);
		expect(errorsOf(readFrameworkCsv(noDirection))[0].column).toBe('Direction');
	});
});

describe('valid small frameworks', () => {
	it('parses the base framework with computed levels', () => {
		const fw = framework(readFrameworkCsv(withRows()));
		expect(fw.nodes.map((n) => [n.code, n.parent, n.level, n.weight, n.direction])).toEqual([
			['R', null, 3, 1, 1],
			['A', 'R', 2, 1, 1],
			['a1', 'A', 1, 1, 1],
			['a2', 'A', 1, 2, -1],
			['b1', 'R', 1, 1, 1]
		]);
	});

	it('gives an empty root weight the value 1 and accepts a weight of 0', () => {
		const rows = BASE.map((r) => [...r]);
		rows[0][3] = ''; // R
		rows[3][3] = '0'; // a2
		const fw = framework(readFrameworkCsv(csv([HEADER, ...rows])));
		expect(fw.nodes[0].weight).toBe(1);
		expect(fw.nodes[3].weight).toBe(0);
	});

	it('accepts a file without a level column', () => {
		const text = csv([HEADER, ...BASE].map((r) => r.slice(0, 5)));
		expect(text.split('\n')[0]).toBe('code,parent,name_en,weight,direction');
		const fw = framework(readFrameworkCsv(text));
		expect(fw.nodes.map((n) => n.level)).toEqual([3, 2, 1, 1, 1]);
	});
});

describe('framework rejections', () => {
	it('rejects a duplicate code', () => {
		const hit = expectError(withRows(['a1', 'A', 'again', '1', '1', '1']), 7, 'a1', /duplicate/);
		expect(hit.message).toContain('row 4');
	});

	it('rejects codes that differ only in case', () => {
		const hit = expectError(withRows(['A1', 'A', 'upper', '1', '1', '1']), 7, 'A1', /case/);
		expect(hit.message).toContain('"a1"');
	});

	it('rejects an unknown parent', () => {
		const hit = expectError(withRows(['c1', 'C', 'orphan', '1', '1', '1']), 7, 'c1', /"C"/);
		expect(hit.message).toMatch(/unknown parent/);
		expect(hit.column).toBe('parent');
	});

	it('rejects a cycle (a → b → a) next to a separate root', () => {
		const text = withRows(['x', 'y', 'x', '1', '', ''], ['y', 'x', 'y', '1', '', '']);
		expectError(text, 7, 'x', /cycle/);
		expectError(text, 8, 'y', /cycle/);
	});

	it('blames only the nodes on a cycle, not a node hanging below it', () => {
		const text = withRows(
			['x', 'y', 'x', '1', '', ''],
			['y', 'x', 'y', '1', '', ''],
			['z', 'x', 'below the cycle', '1', '1', '1']
		);
		const errors = errorsOf(readFrameworkCsv(text));
		expect(errors.map((e) => [e.row, e.code])).toEqual([
			[7, 'x'],
			[8, 'y']
		]);
		expect(errors[0].message).toContain('(through "y")');
	});

	it('rejects a node that is its own parent', () => {
		expectError(withRows(['x', 'x', 'self', '1', '1', '1']), 7, 'x', /cycle/);
	});

	it('rejects more than one root', () => {
		const hit = expectError(withRows(['S', '', 'Second root', '1', '', '']), 7, 'S', /root/);
		expect(hit.message).toContain('"R"');
	});

	it('rejects a framework with no root', () => {
		const text = csv([HEADER, ['x', 'y', 'x', '1', '1', ''], ['y', 'x', 'y', '1', '1', '']]);
		const errors = errorsOf(readFrameworkCsv(text));
		expect(errors.some((e) => /no root/.test(e.message))).toBe(true);
		expectError(text, 2, 'x', /cycle/);
		expectError(text, 3, 'y', /cycle/);
	});

	it('rejects a declared level-2 aggregate with no children', () => {
		const text = withRows(['E', 'R', 'Empty pillar', '1', '1', '2']);
		expectError(text, 7, 'E', /no children/);
		expect(errorsOf(readFrameworkCsv(text))).toHaveLength(1);
	});

	it('rejects a declared Type Aggregate with no children', () => {
		const text = csv([
			[...HEADER, 'type'],
			...BASE.map((r) => [...r, r[4] === '' ? 'Aggregate' : 'Indicator']),
			['E', 'R', 'Empty pillar', '1', '', '', 'Aggregate']
		]);
		expectError(text, 7, 'E', /no children/);
		expect(errorsOf(readFrameworkCsv(text))).toHaveLength(1);
	});

	it('rejects a non-numeric weight', () => {
		expectError(
			withEdit(4, (r) => ['a1', r[1], r[2], 'heavy', r[4], r[5]]),
			4,
			'a1',
			/"heavy"/
		);
		expectError(
			withEdit(4, (r) => ['a1', r[1], r[2], '1,5', r[4], r[5]]),
			4,
			'a1',
			/not a number/
		);
	});

	it('rejects a negative weight', () => {
		const hit = expectError(
			withEdit(5, (r) => ['a2', r[1], r[2], '-0.5', r[4], r[5]]),
			5,
			'a2',
			/-0\.5/
		);
		expect(hit.column).toBe('weight');
	});

	it('rejects an empty weight on a node that has a parent', () => {
		expectError(
			withEdit(6, (r) => ['b1', r[1], r[2], '', r[4], r[5]]),
			6,
			'b1',
			/weight/
		);
	});

	it.each(['0', '2', 'x'])('rejects direction %s', (dir) => {
		const hit = expectError(
			withEdit(4, (r) => ['a1', r[1], r[2], r[3], dir, r[5]]),
			4,
			'a1',
			/1 or -1/
		);
		expect(hit.message).toContain(dir);
		expect(hit.column).toBe('direction');
	});

	it('rejects an indicator without a direction', () => {
		const hit = expectError(
			withEdit(6, (r) => ['b1', r[1], r[2], r[3], '', r[5]]),
			6,
			'b1',
			/direction/
		);
		expect(hit.column).toBe('direction');
	});

	it('rejects a declared level inconsistent with the tree', () => {
		const hit = expectError(
			withEdit(3, (r) => ['A', r[1], r[2], r[3], r[4], '3']),
			3,
			'A',
			/level 3.*expected 2/
		);
		expect(hit.column).toBe('level');
		expectError(
			withEdit(2, (r) => ['R', r[1], r[2], r[3], r[4], '4']),
			2,
			'R',
			/level 4/
		);
		expectError(
			withEdit(3, (r) => ['A', r[1], r[2], r[3], r[4], '1']),
			3,
			'A',
			/level 1/
		);
	});

	it('rejects a level that is not a whole number', () => {
		expectError(
			withEdit(3, (r) => ['A', r[1], r[2], r[3], r[4], '2.5']),
			3,
			'A',
			/level/
		);
	});

	it.each(['a b', 'a!', 'a:b', 'a$b', 'a"b', "a'b", 'Sheet1!A1', '$A$1'])(
		'rejects code %s (character a spreadsheet reference cannot hold)',
		(code) => {
			expectError(withRows([code, 'R', 'bad', '1', '1', '1']), 7, code, /may only contain/);
		}
	);

	it.each(['=A1', '+1', '-x', '@SUM'])('rejects code %s (formula syntax)', (code) => {
		expectError(withRows([code, 'R', 'bad', '1', '1', '1']), 7, code, /formula character/);
	});

	it('rejects an empty code', () => {
		expectError(withRows(['', 'R', 'no code', '1', '1', '1']), 7, '', /empty/);
	});

	it.each([
		['code', 'code'],
		['parent', 'parent'],
		['weight', 'weight'],
		['name_en', 'name']
	])('rejects a file without a %s column', (column, named) => {
		const keep = HEADER.map((_, i) => i).filter((i) => HEADER[i] !== column);
		const text = csv([HEADER, ...BASE].map((r) => keep.map((i) => r[i])));
		const errors = errorsOf(readFrameworkCsv(text));
		expect(errors).toHaveLength(1);
		expect(errors[0].message).toContain(named);
	});

	it('names every missing required column at once', () => {
		const errors = errorsOf(readFrameworkCsv('direction,level\n1,1\n'));
		expect(errors.map((e) => e.message).join('\n')).toMatch(/code[\s\S]*parent[\s\S]*weight/);
		expect(errors).toHaveLength(4);
	});

	it('rejects a file with no rows', () => {
		expect(errorsOf(readFrameworkCsv(HEADER.join(',') + '\n'))[0].message).toMatch(/no rows/);
	});
});

describe('error reporting', () => {
	it('reports all row problems at once: 3 problems, 3 errors', () => {
		const text = csv([
			HEADER,
			BASE[0],
			BASE[1],
			['a1', 'A', 'Indicator a1', 'heavy', '1', '1'],
			['a2', 'A', 'Indicator a2', '2', '2', '1'],
			['b 1', 'R', 'Indicator b1', '1', '1', '1']
		]);
		const errors = errorsOf(readFrameworkCsv(text));
		expect(errors.map((e) => [e.row, e.code])).toEqual([
			[4, 'a1'],
			[5, 'a2'],
			[6, 'b 1']
		]);
	});

	it('reports all tree problems at once: 3 problems, 3 errors', () => {
		const text = withRows(
			['a1', 'A', 'duplicate', '1', '1', '1'],
			['c1', 'C', 'orphan', '1', '1', '1'],
			['S', '', 'second root', '1', '', '']
		);
		const errors = errorsOf(readFrameworkCsv(text));
		expect(errors.map((e) => [e.row, e.code])).toEqual([
			[7, 'a1'],
			[8, 'c1'],
			[9, 'S']
		]);
	});

	it('reports row and tree problems together: 3 problems, 3 errors', () => {
		const text = withRows(
			['c1', 'C', 'orphan', '1', '1', '1'],
			['c2', 'R', 'bad weight', 'heavy', '1', '1'],
			['c3', 'R', 'bad direction', '1', '2', '1']
		);
		const errors = errorsOf(readFrameworkCsv(text));
		expect(errors.map((e) => e.row).sort()).toEqual([7, 8, 9]);
		expect(errors.map((e) => e.code).sort()).toEqual(['c1', 'c2', 'c3']);
	});

	it('returns no framework when parsing fails', () => {
		const result = parseFramework(HEADER, [
			{ code: 'R', parent: '', name_en: 'Root', weight: '1', direction: '', level: '' },
			{ code: 'x', parent: 'R', name_en: 'x', weight: 'heavy', direction: '1', level: '' }
		]);
		expect(result.ok).toBe(false);
		expect(result).not.toHaveProperty('value');
		expect(result).not.toHaveProperty('warnings');
	});
});
