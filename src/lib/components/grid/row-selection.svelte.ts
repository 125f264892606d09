// The selection as each grid row sees it: which of its columns are selected and which one has the
// focus. Each row has its own reactive object, set only when that row's part changes, so moving
// the cursor re-renders two rows rather than every cell of the sheet.
import { box, type Box, type Selection } from './selection';

/** The selection as one grid row sees it; each row has its own, set only when it changes. */
export class RowSelection {
	/** Selected columns when the selection covers this row, else null. */
	box = $state.raw<Box | null>(null);
	/** Focused column when the focus is on this row, else -1. */
	focusCol = $state(-1);

	constructor(box: Box | null, focusCol: number) {
		this.box = box;
		this.focusCol = focusCol;
	}
}

export class RowSelections {
	#rows: RowSelection[] = [];

	/** Row `r`'s object (made on first use from the current selection). */
	get(r: number, selection: Selection): RowSelection {
		while (this.#rows.length <= r) {
			const row = this.#rows.length;
			this.#rows.push(new RowSelection(boxOf(selection, row), focusColOf(selection, row)));
		}
		return this.#rows[r];
	}

	/** Tell the rows covered by the old or the new selection what they now hold. */
	update(old: Selection, next: Selection): void {
		for (const b of [box(old), box(next)])
			for (let r = b.r0; r <= b.r1 && r < this.#rows.length; r++) {
				const row = this.#rows[r];
				const now = boxOf(next, r);
				const current = row.box;
				if (!now || !current || current.c0 !== now.c0 || current.c1 !== now.c1) row.box = now;
				row.focusCol = focusColOf(next, r);
			}
	}
}

function boxOf(selection: Selection, r: number): Box | null {
	const b = box(selection);
	return r >= b.r0 && r <= b.r1 ? b : null;
}

function focusColOf(selection: Selection, r: number): number {
	return selection.focus.r === r ? selection.focus.c : -1;
}
