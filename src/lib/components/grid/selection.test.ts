// Grid selection and key handling: moves clamp at the edges, Shift extends, keys map to actions.
import { describe, expect, it } from 'vitest';
import { box, inBox, keyAction, moveSelection, single } from './selection';

const key = (k: string, mods: Partial<Record<'shiftKey' | 'ctrlKey', boolean>> = {}) => ({
	key: k,
	shiftKey: false,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	...mods
});

describe('selection', () => {
	it('moves and clamps to the grid', () => {
		const s = moveSelection(single({ r: 0, c: 0 }), -1, 5, false, 10, 3);
		expect(s.focus).toEqual({ r: 0, c: 2 });
		expect(s.anchor).toEqual(s.focus);
	});
	it('extends with Shift into a box', () => {
		const s = moveSelection(single({ r: 2, c: 2 }), -1, -1, true, 10, 10);
		expect(box(s)).toEqual({ r0: 1, r1: 2, c0: 1, c1: 2 });
		expect(inBox(box(s), 1, 2)).toBe(true);
		expect(inBox(box(s), 3, 2)).toBe(false);
	});
});

describe('keyAction', () => {
	it('maps spreadsheet keys', () => {
		expect(keyAction(key('F2'))).toEqual({ kind: 'edit' });
		expect(keyAction(key('Delete'))).toEqual({ kind: 'clear' });
		expect(keyAction(key('7'))).toEqual({ kind: 'edit', initial: '7' });
		expect(keyAction(key('Tab', { shiftKey: true }))).toEqual({
			kind: 'move',
			dr: 0,
			dc: -1,
			extend: false
		});
		expect(keyAction(key('End', { ctrlKey: true }))).toMatchObject({ kind: 'move', extend: false });
		expect(keyAction(key('c', { ctrlKey: true }))).toEqual({ kind: 'none' });
		expect(keyAction(key('PageDown'))).toEqual({ kind: 'move', dr: 15, dc: 0, extend: false });
	});
});
