import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n/messages';
import { GLOSSARY_IDS, isGlossaryId, parseGlossaryMarkup, plainText } from './glossary';

describe('parseGlossaryMarkup', () => {
	it('turns [[id|label]] and [[id]] into links and keeps the text around them', () => {
		expect(parseGlossaryMarkup('Mỗi [[indicator|chỉ số]] được [[normalisation]].')).toEqual([
			{ kind: 'text', text: 'Mỗi ' },
			{ kind: 'term', id: 'indicator', label: 'chỉ số' },
			{ kind: 'text', text: ' được ' },
			{ kind: 'term', id: 'normalisation' },
			{ kind: 'text', text: '.' }
		]);
	});

	it('leaves unknown ids as plain text and text without markup whole', () => {
		expect(parseGlossaryMarkup('a [[nothing|b]] c')).toEqual([{ kind: 'text', text: 'a b c' }]);
		expect(parseGlossaryMarkup('plain')).toEqual([{ kind: 'text', text: 'plain' }]);
		expect(plainText('x [[weight|trọng số]] y')).toBe('x trọng số y');
	});
});

describe('glossary messages', () => {
	it('has a term and a definition in both languages for every id', () => {
		for (const id of GLOSSARY_IDS) {
			expect(isGlossaryId(id)).toBe(true);
			for (const locale of ['vi', 'en'] as const) {
				const messages = MESSAGES[locale] as Record<string, string>;
				expect(messages[`glossTerm_${id}`], `${locale} glossTerm_${id}`).toBeTruthy();
				expect(messages[`glossDef_${id}`], `${locale} glossDef_${id}`).toBeTruthy();
			}
		}
	});

	it('links only to terms that exist, in every message of both languages', () => {
		for (const locale of ['vi', 'en'] as const)
			for (const [key, text] of Object.entries(MESSAGES[locale]))
				for (const m of text.matchAll(/\[\[([A-Za-z]+)/g))
					expect(isGlossaryId(m[1]), `${locale} ${key}: ${m[1]}`).toBe(true);
	});
});
