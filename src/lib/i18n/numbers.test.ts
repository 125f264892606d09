// Locale number formatting and parsing: the decimal comma of Vietnamese, the point of English.
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPlain, formatValue, parseLocaleNumber } from './numbers';

describe('formatNumber', () => {
	it('uses the locale separators', () => {
		expect(formatNumber(1234.5, 'vi')).toBe('1.234,50');
		expect(formatNumber(1234.5, 'en')).toBe('1,234.50');
	});
	it('shows a dash for missing values, never NaN', () => {
		expect(formatNumber(NaN, 'vi')).toBe('–');
	});
	it('formats raw values without losing digits', () => {
		expect(formatValue(0.1 + 0.2, 'en')).toBe('0.3');
		expect(formatValue(52.125, 'vi')).toBe('52,125');
	});
});

describe('parseLocaleNumber', () => {
	it.each([
		['1.234,5', 'vi', 1234.5],
		['1,5', 'vi', 1.5],
		['-0,25', 'vi', -0.25],
		['1234,5', 'vi', 1234.5],
		['1,234.5', 'en', 1234.5],
		['1.5', 'en', 1.5],
		['2e3', 'en', 2000],
		[' 42 ', 'vi', 42]
	] as const)('%s in %s is %d', (text, locale, value) => {
		expect(parseLocaleNumber(text, locale)).toEqual({ ok: true, value });
	});
	it('treats an empty entry as clearing the cell', () => {
		expect(parseLocaleNumber('  ', 'vi')).toEqual({ ok: true, value: null });
	});
	it.each([
		['1.5', 'vi'],
		['abc', 'en'],
		['1,2,3', 'en'],
		['1.23.4', 'vi'],
		['=1+1', 'vi'],
		['1e999', 'en']
	] as const)('refuses %s in %s', (text, locale) => {
		expect(parseLocaleNumber(text, locale).ok).toBe(false);
	});
});

describe('formatPlain', () => {
	it('keeps every digit and reads back in the same locale', () => {
		for (const x of [0.1 + 0.2, 1234567.891, -5e-7, 52.319999999999993]) {
			for (const locale of ['vi', 'en'] as const) {
				const parsed = parseLocaleNumber(formatPlain(x, locale), locale);
				expect(parsed).toEqual({ ok: true, value: x });
			}
		}
	});
});
