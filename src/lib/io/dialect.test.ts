// Delimiter and decimal-mark detection, and numbers read by a convention.
import { describe, expect, it } from 'vitest';
import { decimalMark, detectDecimal, detectDelimiter, readCellNumber } from './dialect';

const at = (text: string, row = 2, col = 'C') => ({ text, row, col });

describe('decimalMark', () => {
	it.each([
		['12', 'none'],
		['-3e5', 'none'],
		['12.5', 'dot'],
		['0.123', 'dot'],
		['1234.567', 'dot'],
		['1,234.5', 'dot'],
		['1,234,567', 'dot'],
		['12,5', 'comma'],
		['1.234,5', 'comma'],
		['5.466.618', 'comma'],
		['1 234,5', 'comma'],
		['1.234', 'ambiguous'],
		['-1,234', 'ambiguous'],
		['abc', 'text'],
		['12,5%', 'text'],
		['1.2.3', 'text']
	])('%s → %s', (text, mark) => expect(decimalMark(text)).toBe(mark));
});

describe('detectDecimal', () => {
	it('takes the one mark the cells show; ambiguous cells follow it', () => {
		expect(detectDecimal([at('1.234'), at('44,54')])).toEqual({ kind: 'known', decimal: ',' });
		expect(detectDecimal([at('1.234'), at('0.5')])).toEqual({ kind: 'known', decimal: '.' });
	});
	it('asks when every decimal is ambiguous, names the cell', () => {
		expect(detectDecimal([at('12'), at('5.466', 3, 'D')])).toEqual({
			kind: 'ambiguous',
			example: at('5.466', 3, 'D')
		});
	});
	it('refuses both marks, blaming the later cell', () => {
		const r = detectDecimal([at('44,54', 2, 'C'), at('7', 2, 'D'), at('7.92', 3, 'C')]);
		expect(r).toEqual({ kind: 'mixed', first: at('44,54', 2, 'C'), second: at('7.92', 3, 'C') });
	});
	it('integers only: any mark reads them the same', () => {
		expect(detectDecimal([at('1'), at('20')])).toEqual({ kind: 'known', decimal: '.' });
	});
});

describe('detectDelimiter', () => {
	it('Vietnamese Excel: semicolons with decimal commas', () => {
		expect(detectDelimiter('code;name;1.1.1\r\n01;Hà Nội;44,54\r\n02;Hà Giang;30,84\r\n')).toBe(
			';'
		);
	});
	it('commas, with quoted commas and line breaks inside names', () => {
		expect(detectDelimiter('code,name,x\n01,"Town, ""old""\nquarter",1.5\n02,b,2\n')).toBe(',');
	});
	it('tabs', () => expect(detectDelimiter('code\tname\tx\n01\ta\t1,5\n')).toBe('\t'));
	it('a title line above the header does not mislead it', () => {
		expect(detectDelimiter('BIỂU SỐ LIỆU\ncode;name;x\n01;a;44,5\n02;b;3,25\n')).toBe(';');
	});
});

describe('readCellNumber', () => {
	it('reads by the chosen mark, with grouping and exponents', () => {
		expect(readCellNumber('1.234,5', ',')).toEqual({ kind: 'number', value: 1234.5 });
		expect(readCellNumber('1,234.5', '.')).toEqual({ kind: 'number', value: 1234.5 });
		expect(readCellNumber('1.234', ',')).toEqual({ kind: 'number', value: 1234 });
		expect(readCellNumber('1.234', '.')).toEqual({ kind: 'number', value: 1.234 });
		expect(readCellNumber(' −2,5e-3 ', ',')).toEqual({ kind: 'number', value: -0.0025 });
		expect(readCellNumber('1\u00a0234,5', ',')).toEqual({ kind: 'number', value: 1234.5 });
	});
	it('spreadsheet numbers pass through; blanks and missing markers are told apart', () => {
		expect(readCellNumber(0.1 + 0.2, ',')).toEqual({ kind: 'number', value: 0.1 + 0.2 });
		expect(readCellNumber('  ', '.')).toEqual({ kind: 'blank' });
		for (const m of ['NA', '#N/A', '-', '...'])
			expect(readCellNumber(m, '.')).toEqual({ kind: 'missing' });
	});
	it('anything else is text, shown as written', () => {
		expect(readCellNumber('1.5', ',')).toEqual({ kind: 'text', text: '1.5' });
		expect(readCellNumber('=1+1', '.')).toEqual({ kind: 'text', text: '=1+1' });
	});
});
