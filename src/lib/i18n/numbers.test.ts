// Locale number formatting and parsing: the decimal comma of Vietnamese, the point of English.
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPlain, formatValue, parseLocaleNumber } from './numbers';

describe('formatNumber', () => {
	it('writes exactly what the ICU formatter writes, in both locales, for many values', () => {
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
		const values = [0, 0.005, 0.015, 0.125, -0.125, 1.005, 2.675, -0.001, 999.995, 1e14 + 0.5];
		for (let i = 0; i < 4000; i++)
			values.push((random() - 0.3) * 10 ** Math.floor(random() * 16 - 4));
		for (const locale of ['vi', 'en'] as const)
			for (const digits of [0, 1, 2, 3, 4]) {
				const icu = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', {
					minimumFractionDigits: digits,
					maximumFractionDigits: digits
				});
				for (const x of values) expect(formatNumber(x, locale, digits)).toBe(icu.format(x));
			}
		expect(formatNumber(-0, 'vi')).toBe(
			new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2 }).format(-0)
		);
		expect(formatNumber(1e20, 'en')).toBe('100,000,000,000,000,000,000.00');
	});
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
