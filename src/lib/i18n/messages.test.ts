// Every message exists in both languages, is not empty, keeps the same {placeholders}, and the English
// text is English (no Vietnamese letters outside quoted proper names): no string is left untranslated.
import { describe, expect, it } from 'vitest';
import { MESSAGES, translate } from './messages';

const features = import.meta.glob<{ vi: Record<string, string> }>('./messages/*.ts', {
	eager: true
});

const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
const placeholders = (s: string) =>
	[...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
/** Proper names quoted in “…” (e.g. a Vietnamese dataset title) may keep their Vietnamese spelling. */
const unquoted = (s: string) => s.replace(/“[^”]*”/g, '');

describe('messages', () => {
	const keys = Object.keys(MESSAGES.vi) as (keyof typeof MESSAGES.vi)[];

	it('has the same keys in both languages', () => {
		expect(Object.keys(MESSAGES.en).sort()).toEqual([...keys].sort());
	});

	it.each(keys)('%s is translated', (key) => {
		const vi = MESSAGES.vi[key];
		const en = MESSAGES.en[key];
		expect(vi.trim()).not.toBe('');
		expect(en.trim()).not.toBe('');
		expect(unquoted(en)).not.toMatch(VIETNAMESE);
		expect(placeholders(en)).toEqual(placeholders(vi));
	});

	it('never defines one key in two feature files (a later file would silently win)', () => {
		const owner = new Map<string, string>();
		const clashes: string[] = [];
		for (const [file, mod] of Object.entries(features))
			for (const key of Object.keys(mod.vi)) {
				const first = owner.get(key);
				if (first) clashes.push(`${key}: ${first} and ${file}`);
				else owner.set(key, file);
			}
		expect(clashes).toEqual([]);
	});

	it('fills placeholders', () => {
		expect(translate('en', 'sortBy', { column: 'PII' })).toBe('Sort by PII');
		expect(translate('vi', 'sortBy', { column: 'PII' })).toBe('Sắp xếp theo PII');
	});
});
