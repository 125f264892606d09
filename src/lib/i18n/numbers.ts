// Numbers shown and typed in the UI locale: vi "1.234,5", en "1,234.5".
export type Locale = 'vi' | 'en';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: Locale, digits: number): Intl.NumberFormat {
	const key = `${locale}:${digits}`;
	let f = formatters.get(key);
	if (!f) {
		f = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', {
			minimumFractionDigits: digits,
			maximumFractionDigits: digits
		});
		formatters.set(key, f);
	}
	return f;
}

/**
 * Formatted texts by format and value. ICU formatting costs microseconds per call and a grid shows
 * thousands of mostly unchanged numbers after each edit, so each text is made once.
 */
const memo = new Map<string, Map<number, string>>();

function memoFormat(key: string, f: () => Intl.NumberFormat, x: number): string {
	let table = memo.get(key);
	if (!table || table.size > 100_000) {
		table = new Map();
		memo.set(key, table);
	}
	let text = table.get(x);
	if (text === undefined) {
		text = f().format(x);
		table.set(x, text);
	}
	return text;
}

const MARKS: Record<Locale, { group: string; decimal: string }> = {
	vi: { group: '.', decimal: ',' },
	en: { group: ',', decimal: '.' }
};

/**
 * Fixed decimals without ICU, as ICU writes them: the shortest decimal that reads back as `x` (what
 * `String(x)` gives) rounded half away from zero, with the locale's marks (a test compares both on
 * many values). Exponent notations and -0 are left to the formatter.
 */
function fixed(x: number, locale: Locale, digits: number): string | null {
	const shortest = String(Math.abs(x));
	if (shortest.includes('e') || Object.is(x, -0)) return null;
	const dot = shortest.indexOf('.');
	const whole = dot < 0 ? shortest : shortest.slice(0, dot);
	const fraction = dot < 0 ? '' : shortest.slice(dot + 1);
	let kept = whole + fraction.slice(0, digits).padEnd(digits, '0');
	if (fraction.length > digits && fraction[digits] >= '5') kept = increment(kept);
	const int = kept.slice(0, kept.length - digits) || '0';
	const { group, decimal } = MARKS[locale];
	let grouped = int.slice(0, ((int.length - 1) % 3) + 1);
	for (let i = grouped.length; i < int.length; i += 3) grouped += group + int.slice(i, i + 3);
	return (x < 0 ? '-' : '') + grouped + (digits ? decimal + kept.slice(kept.length - digits) : '');
}

/** A string of digits plus one in its last place ("199" → "200", "99" → "100"). */
function increment(digitsText: string): string {
	const d = digitsText.split('');
	let i = d.length - 1;
	while (i >= 0 && d[i] === '9') d[i--] = '0';
	if (i < 0) d.unshift('1');
	else d[i] = String(Number(d[i]) + 1);
	return d.join('');
}

/** Fixed decimals; missing (NaN) shows as an en dash, never "NaN". */
export function formatNumber(x: number, locale: Locale, digits = 2): string {
	if (!Number.isFinite(x)) return '–';
	return (
		fixed(x, locale, digits) ??
		memoFormat(`${locale}:${digits}`, () => formatter(locale, digits), x)
	);
}

const exactFormatters = new Map<Locale, Intl.NumberFormat>();

function exactFormatter(locale: Locale): Intl.NumberFormat {
	let f = exactFormatters.get(locale);
	if (!f) {
		f = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US', {
			maximumSignificantDigits: 15
		});
		exactFormatters.set(locale, f);
	}
	return f;
}

/** Up to 15 significant digits, no trailing zeros — for raw values being edited or shown exactly. */
export function formatValue(x: number, locale: Locale): string {
	if (!Number.isFinite(x)) return '';
	return memoFormat(`${locale}:exact`, () => exactFormatter(locale), x);
}

const numberPattern = (group: string, decimal: string) =>
	new RegExp(
		`^([+-]?)(\\d{1,3}(?:${group}\\d{3})+|\\d+)(?:${decimal}(\\d+))?(?:[eE]([+-]?\\d+))?$`
	);
const NUMBER_PATTERNS: Record<Locale, RegExp> = {
	vi: numberPattern('\\.', ','),
	en: numberPattern(',', '\\.')
};
const GROUP_MARKS: Record<Locale, RegExp> = { vi: /\./g, en: /,/g };

export type ParsedNumber =
	{ ok: true; value: number | null } | { ok: false; reason: 'not-a-number' };

/**
 * Parse what a user typed in the given locale. Empty → null (clear). Grouping separators must sit
 * between groups of three digits, so "1.5" is refused in Vietnamese (the decimal mark there is ",").
 */
export function parseLocaleNumber(text: string, locale: Locale): ParsedNumber {
	const t = text.trim().replace(/\u00a0|\u202f| /g, '');
	if (t === '') return { ok: true, value: null };
	const m = NUMBER_PATTERNS[locale].exec(t);
	if (!m) return { ok: false, reason: 'not-a-number' };
	const intPart = m[2].replace(GROUP_MARKS[locale], '');
	const value = Number(`${m[1]}${intPart}${m[3] ? `.${m[3]}` : ''}${m[4] ? `e${m[4]}` : ''}`);
	return Number.isFinite(value) ? { ok: true, value } : { ok: false, reason: 'not-a-number' };
}

/** Shortest text that reads back to the same double, with the locale's decimal mark, no grouping. */
export function formatPlain(x: number, locale: Locale): string {
	if (!Number.isFinite(x)) return '';
	const s = String(x);
	return locale === 'vi' ? s.replace('.', ',') : s;
}
