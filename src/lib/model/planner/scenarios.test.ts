// Target sets: add, edit, switch, remove per province; the document survives a JSON round trip.
import { describe, expect, it } from 'vitest';
import {
	activeSet,
	addSet,
	emptyDoc,
	parsePlannerDoc,
	removeSet,
	setsOf,
	updateSet,
	withEntry
} from './scenarios';

describe('target sets', () => {
	it('adds, edits, switches and removes sets per province', () => {
		let doc = addSet(emptyDoc(), '40', 'Kịch bản 1');
		doc = addSet(doc, '40', 'Kịch bản 2', { targets: { '2.2.1': 5 } });
		doc = addSet(doc, '31', 'Hải Phòng');
		expect(setsOf(doc, '40').map((s) => s.id)).toEqual(['s1', 's2']);
		expect(activeSet(doc, '40')?.name).toBe('Kịch bản 2');
		doc = updateSet(doc, 's2', (s) => ({ ...s, targets: withEntry(s.targets, '6.1.1', 1.5) }));
		expect(activeSet(doc, '40')?.targets).toEqual({ '2.2.1': 5, '6.1.1': 1.5 });
		doc = removeSet(doc, 's2');
		expect(activeSet(doc, '40')?.id).toBe('s1');
		doc = removeSet(doc, 's1');
		expect(activeSet(doc, '40')).toBeNull();
		expect(addSet(doc, '40', 'x').sets.at(-1)?.id).toBe('s4');
	});

	it('survives a JSON round trip and drops what is malformed', () => {
		let doc = addSet(emptyDoc(), '40', 'A', { goal: { kind: 'rank', rank: 3 } });
		doc = { ...doc, departments: { '1.1.1': 'Sở KH&CN' }, caps: { '40': { '2.2.1': 9 } } };
		expect(parsePlannerDoc(JSON.parse(JSON.stringify(doc)))).toEqual(doc);
		expect(parsePlannerDoc({ version: 2, sets: [] })).toBeNull();
		const broken = parsePlannerDoc({
			version: 1,
			sets: [{ id: 's1', unit: '40', targets: { a: 'x', b: 2 } }, 5],
			settings: { mode: 'odd' }
		});
		expect(broken?.sets[0].targets).toEqual({ b: 2 });
		expect(broken?.settings.mode).toBe('rebased');
	});
});
