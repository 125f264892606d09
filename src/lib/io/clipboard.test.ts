// Clipboard blocks from Excel / Google Sheets: tabs, CRLF, trailing newline, quoted cells.
import { describe, expect, it } from 'vitest';
import { formatTsv, parseTsv } from './clipboard';

describe('parseTsv', () => {
	it('reads an Excel block with CRLF and a trailing newline', () => {
		expect(parseTsv('1,5\t2\r\n3\t\r\n')).toEqual([
			['1,5', '2'],
			['3', '']
		]);
	});
	it('reads a single cell without newline', () => {
		expect(parseTsv('42')).toEqual([['42']]);
	});
	it('keeps tabs, newlines and quotes inside quoted cells', () => {
		expect(parseTsv('"a\tb"\t"say ""hi"""\n"x\ny"\t1')).toEqual([
			['a\tb', 'say "hi"'],
			['x\ny', '1']
		]);
	});
	it('round-trips through formatTsv', () => {
		const rows = [
			['1', 'a\tb'],
			['', 'q"x']
		];
		expect(parseTsv(formatTsv(rows))).toEqual(rows);
	});
});
