// CSV reading: text stays text, rows keep their file line (blank lines, quoted line breaks), broken
// quoting is refused instead of swallowing the rest of the file.
import { describe, expect, it } from 'vitest';
import { parseCsvText, readDataCsv } from './csv';

describe('parseCsvText', () => {
	it('keeps codes as text and strips a BOM', () => {
		const t = parseCsvText('\ufeffcode,name\n01,Hà Nội\n');
		expect(t.headers).toEqual(['code', 'name']);
		expect(t.rows).toEqual([['01', 'Hà Nội']]);
	});

	it('numbers rows by file line across blank lines and quoted line breaks', () => {
		const t = parseCsvText('code,name\r\n\r\n01,"two\r\nlines"\r\n02,b\r\n');
		expect(t.lines).toEqual([3, 5]);
	});

	it('reports an unclosed quote with its line', () => {
		const t = parseCsvText('code,name\n01,"open\n02,b\n');
		expect(t.errors).toHaveLength(1);
		expect(t.errors[0]).toMatchObject({ row: 2, severity: 'error' });
		expect(t.errors[0].message).toContain('never closed');
	});
});

describe('readDataCsv', () => {
	it('names the file line of a bad value after a blank line', () => {
		const r = readDataCsv('code,name,x\n01,a,1\n\n02,b,abc\n', ['x']);
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.errors[0]).toMatchObject({ row: 4, column: 'x' });
	});

	it("reads R's NA as a missing value", () => {
		const r = readDataCsv('code,name,x\n01,a,NA\n02,b,2\n', ['x']);
		expect(r.ok && Number.isNaN(r.value.values[0])).toBe(true);
	});
});
