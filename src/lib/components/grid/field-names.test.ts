// Field names: every header of the workbook's tables and every Bounds row label has a display name
// in both languages, different from the field name itself; other texts have none.
import { describe, expect, it } from 'vitest';
import { translate } from '$lib/i18n/messages';
import { FW_HEADERS, MS_HEADERS, RATIO_HEADER, TS_HEADERS } from '$lib/workbook/layout';
import { fieldName } from './field-names';

const vi = (name: string) => fieldName(name, (key) => translate('vi', key));
const en = (name: string) => fieldName(name, (key) => translate('en', key));
const fields = [
	...new Set([
		...FW_HEADERS,
		...MS_HEADERS,
		...TS_HEADERS,
		'settings (JSON)',
		'min',
		'max',
		'mean',
		'sd',
		RATIO_HEADER
	])
].filter((f) => f !== 'code');

describe('field names', () => {
	it.each(fields)('%s has a name in both languages', (field) => {
		expect(vi(field)).not.toBe('');
		expect(en(field)).not.toBe('');
		expect(vi(field)).not.toBe(field);
		expect(vi(field)).not.toBe(en(field));
	});

	it('names the framework fields', () => {
		expect(FW_HEADERS.slice(1).map(vi)).toEqual([
			'Thuộc về',
			'Tên (tiếng Việt)',
			'Tên (tiếng Anh)',
			'Cấp',
			'Trọng số',
			'Chiều',
			'Đơn vị tính',
			'Sở/ngành chủ trì'
		]);
		expect(FW_HEADERS.slice(1).map(en)).toEqual([
			'Parent',
			'Name (Vietnamese)',
			'Name (English)',
			'Level',
			'Weight',
			'Direction',
			'Unit',
			'Lead department'
		]);
		expect([vi('min'), vi('max')]).toEqual(['Nhỏ nhất', 'Lớn nhất']);
	});

	it('has no name for codes, empty headers or object keys', () => {
		for (const text of ['code', '', '1.1.1', 'constructor', 'toString', '__proto__'])
			expect(vi(text)).toBe('');
	});
});
