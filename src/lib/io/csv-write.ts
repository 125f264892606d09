// CSV writing in two presets — "Excel (Việt Nam)": BOM, ';', decimal comma, CRLF; "Standard": UTF-8,
// ',', '.', LF — numbers as the shortest text that reads back to the identical double (44.54, not
// 44.539999999999999), text that a spreadsheet would run (= + - @, tab, CR first) escaped with '.
import { formatPlain } from '../i18n/numbers';

export type PresetId = 'excel-vn' | 'standard';

export interface CsvPreset {
	bom: boolean;
	delimiter: ';' | ',';
	decimal: ',' | '.';
	newline: '\r\n' | '\n';
}

export const PRESETS: Record<PresetId, CsvPreset> = {
	'excel-vn': { bom: true, delimiter: ';', decimal: ',', newline: '\r\n' },
	standard: { bom: false, delimiter: ',', decimal: '.', newline: '\n' }
};

/** A number, a text, or an empty cell (null; NaN is empty too). */
export type OutCell = number | string | null;

/** Text that a spreadsheet would evaluate gets a leading apostrophe; numbers are never text here. */
export function escapeFormula(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function formatCell(cell: OutCell, preset: CsvPreset): string {
	if (cell === null) return '';
	if (typeof cell === 'number') return formatPlain(cell, preset.decimal === ',' ? 'vi' : 'en');
	return escapeFormula(cell);
}

function quote(field: string, delimiter: string): string {
	return field.includes(delimiter) || /["\r\n]/.test(field)
		? `"${field.replace(/"/g, '""')}"`
		: field;
}

export function writeCsv(rows: OutCell[][], preset: CsvPreset): string {
	const body = rows
		.map((r) => r.map((c) => quote(formatCell(c, preset), preset.delimiter)).join(preset.delimiter))
		.join(preset.newline);
	return `${preset.bom ? '\ufeff' : ''}${body}${preset.newline}`;
}
