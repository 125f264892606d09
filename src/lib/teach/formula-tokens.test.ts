import { describe, expect, it } from 'vitest';
import { columnIndex, parseA1, parseAddress, tokenize } from './formula-tokens';

describe('columnIndex', () => {
	it('reads column letters', () => {
		expect(columnIndex('A')).toBe(0);
		expect(columnIndex('C')).toBe(2);
		expect(columnIndex('Z')).toBe(25);
		expect(columnIndex('AA')).toBe(26);
		expect(columnIndex('BA')).toBe(52);
	});
});

describe('parseA1', () => {
	it('reads absolute and relative addresses', () => {
		expect(parseA1('C2', 'Data')).toEqual({ sheet: 'Data', row: 1, col: 2 });
		expect(parseA1('$F$6', 'Framework')).toEqual({ sheet: 'Framework', row: 5, col: 5 });
		expect(parseA1('C', 'Data')).toBeNull();
	});
});

describe('tokenize', () => {
	it('splits a weighted mean into text, references and names', () => {
		const f = '=IFERROR((N(Normalised!C2)*W_1.1.1+N(Normalised!D2)*W_1.1.2)/(1),"")';
		const tokens = tokenize(f, 'Level2');
		expect(tokens.map((t) => t.text).join('')).toBe(f);
		expect(tokens.filter((t) => t.kind === 'ref').map((t) => t.text)).toEqual([
			'Normalised!C2',
			'Normalised!D2'
		]);
		expect(tokens.filter((t) => t.kind === 'name').map((t) => t.text)).toEqual([
			'W_1.1.1',
			'W_1.1.2'
		]);
		expect(tokens[1]).toMatchObject({ kind: 'ref', cell: { sheet: 'Normalised', row: 1, col: 2 } });
	});

	it('reads ranges, $ signs, names of directions and the current sheet', () => {
		const tokens = tokenize('=MIN(Data!C$2:C$64)+IF(D_1.2=-1,B3,0)', 'Bounds');
		const refs = tokens.filter((t) => t.kind === 'ref');
		expect(refs[0]).toMatchObject({
			text: 'Data!C$2:C$64',
			cell: { sheet: 'Data', row: 1, col: 2 },
			end: { sheet: 'Data', row: 63, col: 2 }
		});
		expect(refs[1]).toMatchObject({ text: 'B3', cell: { sheet: 'Bounds', row: 2, col: 1 } });
		expect(tokens.filter((t) => t.kind === 'name').map((t) => t.text)).toEqual(['D_1.2']);
	});

	it('leaves function names, strings and codes alone', () => {
		const tokens = tokenize('=LOG10(A1)&"B2"&W_P1&W_A1', 'S');
		expect(tokens.filter((t) => t.kind === 'ref').map((t) => t.text)).toEqual(['A1']);
		expect(tokens.filter((t) => t.kind === 'name').map((t) => t.text)).toEqual(['W_P1', 'W_A1']);
		expect(tokenize('=Level5!C2', 'Results')[1]).toMatchObject({
			cell: { sheet: 'Level5', row: 1, col: 2 }
		});
	});

	it('reads quoted sheet names', () => {
		const [, ref] = tokenize("='My ''x'' sheet'!A1", 'S');
		expect(ref).toMatchObject({ kind: 'ref', cell: { sheet: "My 'x' sheet", row: 0, col: 0 } });
	});
});

describe('parseAddress', () => {
	const sheets = ['Data', 'Level2'];
	it('reads a sheet-qualified address in any case', () => {
		expect(parseAddress('Level2!C5', sheets)).toEqual({ sheet: 'Level2', row: 4, col: 2 });
		expect(parseAddress(' level2!$c$5 ', sheets)).toEqual({ sheet: 'Level2', row: 4, col: 2 });
	});
	it('refuses unknown sheets, bare cells and row 0', () => {
		expect(parseAddress('Nope!C5', sheets)).toBeNull();
		expect(parseAddress('C5', sheets)).toBeNull();
		expect(parseAddress('Data!C0', sheets)).toBeNull();
	});
});
