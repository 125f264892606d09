// Cell selection of a grid: an anchor and a focus cell (grid indices), moved and extended by keys.

export interface Pos {
	r: number;
	c: number;
}

export interface Selection {
	anchor: Pos;
	focus: Pos;
}

export interface Box {
	r0: number;
	r1: number;
	c0: number;
	c1: number;
}

export function box(sel: Selection): Box {
	return {
		r0: Math.min(sel.anchor.r, sel.focus.r),
		r1: Math.max(sel.anchor.r, sel.focus.r),
		c0: Math.min(sel.anchor.c, sel.focus.c),
		c1: Math.max(sel.anchor.c, sel.focus.c)
	};
}

export function inBox(b: Box, r: number, c: number): boolean {
	return r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1;
}

export function single(pos: Pos): Selection {
	return { anchor: pos, focus: pos };
}

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

/** Move the focus by (dr, dc) inside rows × cols; `extend` keeps the anchor (Shift). */
export function moveSelection(
	sel: Selection,
	dr: number,
	dc: number,
	extend: boolean,
	rows: number,
	cols: number
): Selection {
	const focus = {
		r: clamp(sel.focus.r + dr, 0, rows - 1),
		c: clamp(sel.focus.c + dc, 0, cols - 1)
	};
	return extend ? { anchor: sel.anchor, focus } : single(focus);
}

export type GridAction =
	| { kind: 'move'; dr: number; dc: number; extend: boolean }
	| { kind: 'edit'; initial?: string }
	| { kind: 'clear' }
	| { kind: 'none' };

const PAGE = 15;
const FAR = 1_000_000;

/** What a key press on the grid (not while editing) does. */
export function keyAction(e: {
	key: string;
	shiftKey: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
}): GridAction {
	const ext = e.shiftKey;
	const ctrl = e.ctrlKey || e.metaKey;
	switch (e.key) {
		case 'ArrowUp':
			return { kind: 'move', dr: ctrl ? -FAR : -1, dc: 0, extend: ext };
		case 'ArrowDown':
			return { kind: 'move', dr: ctrl ? FAR : 1, dc: 0, extend: ext };
		case 'ArrowLeft':
			return { kind: 'move', dr: 0, dc: ctrl ? -FAR : -1, extend: ext };
		case 'ArrowRight':
			return { kind: 'move', dr: 0, dc: ctrl ? FAR : 1, extend: ext };
		case 'Tab':
			return { kind: 'move', dr: 0, dc: ext ? -1 : 1, extend: false };
		case 'Enter':
			return { kind: 'move', dr: ext ? -1 : 1, dc: 0, extend: false };
		case 'Home':
			return { kind: 'move', dr: ctrl ? -FAR : 0, dc: -FAR, extend: ext };
		case 'End':
			return { kind: 'move', dr: ctrl ? FAR : 0, dc: FAR, extend: ext };
		case 'PageUp':
			return { kind: 'move', dr: -PAGE, dc: 0, extend: ext };
		case 'PageDown':
			return { kind: 'move', dr: PAGE, dc: 0, extend: ext };
		case 'F2':
			return { kind: 'edit' };
		case 'Delete':
		case 'Backspace':
			return e.key === 'Delete' ? { kind: 'clear' } : { kind: 'edit', initial: '' };
	}
	if (e.key.length === 1 && !ctrl && !e.altKey) return { kind: 'edit', initial: e.key };
	return { kind: 'none' };
}
