// CSV presets and formula-injection escaping: text never runs as a formula, numbers stay numbers.
import { describe, expect, it } from 'vitest';
import { PRESETS, escapeFormula, writeCsv } from './csv-write';

describe('writeCsv', () => {
	const rows = [
		['code', 'name', 'x'],
		['01', 'Hà Nội; "cũ"', -1.5],
		['02', '=HYPERLINK("x")', null]
	];
	it('Excel (Việt Nam): BOM, ";", decimal comma, CRLF, quoting', () => {
		expect(writeCsv(rows, PRESETS['excel-vn'])).toBe(
			'\ufeffcode;name;x\r\n01;"Hà Nội; ""cũ""";-1,5\r\n02;"\'=HYPERLINK(""x"")";\r\n'
		);
	});
	it('Standard: no BOM, ",", decimal point, LF, full precision', () => {
		expect(writeCsv([['a', 0.1 + 0.2, 1e21]], PRESETS.standard)).toBe(
			'a,0.30000000000000004,1e+21\n'
		);
	});
});

describe('escapeFormula', () => {
	it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx'])('escapes %j', (t) =>
		expect(escapeFormula(t)).toBe(`'${t}`)
	);
	it('leaves other text alone', () => expect(escapeFormula('Hà Nội')).toBe('Hà Nội'));
});
