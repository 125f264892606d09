// UI state of the spreadsheet view: current sheet, selection, in-cell editing and the message at the
// cell. Edits are planned (validated) here and dispatched to the workbench as one command.
import { untrack } from 'svelte';
import { formatNumber, formatPlain, formatValue } from '$lib/i18n/numbers';
import type { MessageKey } from '$lib/i18n/messages';
import type { Workbench } from '$lib/state/workbench.svelte';
import { a1 } from '$lib/workbook/layout';
import { sheetSpecs, type SheetSpec } from '$lib/workbook/sheet-spec';
import { fieldName } from './field-names';
import { planEdits, type CellText, type EditProblem } from './plan-edits';
import { rowTexts, type RowTexts } from './row-texts';
import { RowSelections, type RowSelection } from './row-selection.svelte';
import { box, moveSelection, single, type Selection } from './selection';

const PROBLEM_MESSAGE: Record<EditProblem, MessageKey> = {
	'read-only': 'errReadOnly',
	'not-a-number': 'errNotNumber',
	'negative-weight': 'errNegativeWeight',
	'bad-direction': 'errBadDirection',
	mixed: 'errMixed'
};

export class GridState {
	sheetIndex = $state(0);
	#selection = $state.raw<Selection>(single({ r: 0, c: 0 }));
	#rows = new RowSelections();
	editing = $state(false);
	draft = $state('');
	message = $state('');

	specs: SheetSpec[] = $derived.by(() => {
		const wb = this.bench.workbook;
		if (!wb) return [];
		void this.bench.locale;
		void this.bench.sheetNames;
		return sheetSpecs(wb, {
			unit: (i) => this.bench.unitLabel(i),
			node: (i) => this.bench.nodeName(i),
			field: (name) => fieldName(name, (key) => this.bench.t(key))
		});
	});

	spec: SheetSpec | undefined = $derived(this.specs[this.sheetIndex]);

	/** The sheet's values (0-based sheet rows × cols), re-read after every edit. */
	values: unknown[][] = $derived.by(() => {
		return this.spec ? this.bench.sheetValues(this.spec.name) : [];
	});

	/**
	 * Cell texts of every sheet row (by sheet row index), rebuilt after each edit but reusing a row's
	 * previous array when none of its values changed: a row's view re-renders only when it must.
	 */
	rowTexts: string[][] = $derived.by(() => {
		const next = rowTexts(this.#texts, this.spec, this.values, this.bench.locale, (row, col) =>
			this.display(row, col)
		);
		this.#texts = next;
		return next.texts;
	});

	#texts: RowTexts = { values: [], texts: [] };

	constructor(private readonly bench: Workbench) {}

	get selection(): Selection {
		return this.#selection;
	}

	/**
	 * Select; only the rows whose part of the selection changed are told, so moving the cursor
	 * re-renders two rows, not the whole sheet.
	 */
	set selection(next: Selection) {
		const old = this.#selection;
		this.#selection = next;
		this.#rows.update(old, next);
	}

	/** The selection as grid row `r` sees it (a stable object per row). */
	rowSelection(r: number): RowSelection {
		// Reading the selection here must not make the row's view depend on all of it.
		return untrack(() => this.#rows.get(r, this.#selection));
	}

	get focusRow(): number {
		return this.spec?.rows[this.selection.focus.r] ?? 0;
	}

	get focusCol(): number {
		return this.spec?.cols[this.selection.focus.c] ?? 0;
	}

	address(row = this.focusRow, col = this.focusCol): string {
		return `${this.spec?.name ?? ''}!${a1(col, row)}`;
	}

	/**
	 * Text shown for a cell: data, settings and bounds exactly (whole numbers without decimals),
	 * computed scores with 2 decimals — by the column's format.
	 */
	display(row: number, col: number): string {
		const v = this.values[row]?.[col];
		if (typeof v === 'number') {
			const exact = this.spec?.format(col) !== 'score' || this.spec.input(row, col);
			return exact ? formatValue(v, this.bench.locale) : formatNumber(v, this.bench.locale);
		}
		return typeof v === 'string' ? v : '';
	}

	/** Formula of the focused cell, or its value for an input. */
	content(row = this.focusRow, col = this.focusCol): string {
		const wb = this.bench.workbook;
		if (!wb || !this.spec) return '';
		const formula = wb.formulaAt(this.spec.name, row, col);
		if (formula) return formula;
		const v = this.values[row]?.[col];
		return typeof v === 'number' ? formatValue(v, this.bench.locale) : String(v ?? '');
	}

	/** Open the sheet of `target` and select its cell. */
	reveal(target: { sheet: string; row: number; col: number } | null): void {
		const index = target ? this.specs.findIndex((s) => s.name === target.sheet) : -1;
		if (!target || index < 0) return;
		const spec = this.specs[index];
		this.sheetIndex = index;
		this.selection = single({
			r: Math.max(0, spec.rows.indexOf(target.row)),
			c: Math.max(0, spec.cols.indexOf(target.col))
		});
		this.cancelEdit();
	}

	chooseSheet(index: number): void {
		this.sheetIndex = index;
		this.selection = single({ r: 0, c: 0 });
		this.cancelEdit();
	}

	move(dr: number, dc: number, extend: boolean): void {
		if (!this.spec) return;
		this.selection = moveSelection(
			this.selection,
			dr,
			dc,
			extend,
			this.spec.rows.length,
			this.spec.cols.length
		);
	}

	startEdit(initial?: string): boolean {
		if (!this.spec?.input(this.focusRow, this.focusCol)) {
			this.message = this.bench.t('errReadOnly', { cell: this.address() });
			return false;
		}
		const v = this.values[this.focusRow]?.[this.focusCol];
		this.draft = initial ?? (typeof v === 'number' ? formatPlain(v, this.bench.locale) : '');
		this.message = '';
		this.editing = true;
		return true;
	}

	cancelEdit(): void {
		this.editing = false;
		this.message = '';
	}

	/** Commit the draft into the focused cell; false (editor stays open, text kept) when refused. */
	commitEdit(): boolean {
		const ok = this.apply([{ row: this.focusRow, col: this.focusCol, text: this.draft }]);
		if (ok) this.editing = false;
		return ok;
	}

	/** Clear every input cell of the selection (one step); computed cells are skipped. */
	clearSelection(): void {
		const cells = this.selectedCells().filter((c) => this.spec?.input(c.row, c.col) === 'number');
		if (cells.length) this.apply(cells.map((c) => ({ ...c, text: '' })));
		else this.message = this.bench.t('errReadOnly', { cell: this.address() });
	}

	/** Paste a block at the selection's top-left; a single value fills the whole selection. */
	paste(rows: string[][]): boolean {
		if (!this.spec || rows.length === 0) return false;
		const b = box(this.selection);
		const cells: CellText[] = [];
		const fill = rows.length === 1 && rows[0].length === 1;
		const height = fill ? b.r1 - b.r0 + 1 : rows.length;
		const width = fill ? b.c1 - b.c0 + 1 : Math.max(...rows.map((r) => r.length));
		for (let i = 0; i < height; i++)
			for (let j = 0; j < width; j++) {
				const row = this.spec.rows[b.r0 + i];
				const col = this.spec.cols[b.c0 + j];
				if (row === undefined || col === undefined) continue;
				cells.push({ row, col, text: fill ? rows[0][0] : (rows[i]?.[j] ?? '') });
			}
		const ok = this.apply(cells);
		if (ok)
			this.selection = {
				anchor: { r: b.r0, c: b.c0 },
				focus: {
					r: Math.min(b.r0 + height, this.spec.rows.length) - 1,
					c: Math.min(b.c0 + width, this.spec.cols.length) - 1
				}
			};
		return ok;
	}

	/** The selected block as rows of cell texts (full precision, UI locale, no grouping). */
	copyText(): string[][] {
		const b = box(this.selection);
		const out: string[][] = [];
		for (let r = b.r0; r <= b.r1; r++) {
			const line: string[] = [];
			for (let c = b.c0; c <= b.c1; c++) {
				const v = this.values[this.spec?.rows[r] ?? 0]?.[this.spec?.cols[c] ?? 0];
				line.push(typeof v === 'number' ? formatPlain(v, this.bench.locale) : String(v ?? ''));
			}
			out.push(line);
		}
		return out;
	}

	private selectedCells(): { row: number; col: number }[] {
		const b = box(this.selection);
		const out: { row: number; col: number }[] = [];
		for (let r = b.r0; r <= b.r1; r++)
			for (let c = b.c0; c <= b.c1; c++)
				out.push({ row: this.spec?.rows[r] ?? 0, col: this.spec?.cols[c] ?? 0 });
		return out;
	}

	private apply(cells: CellText[]): boolean {
		if (!this.spec) return false;
		const plan = planEdits(this.spec, cells, this.bench.locale);
		if (!plan.ok) {
			const cell = plan.cell ? this.address(plan.cell.row, plan.cell.col) : '';
			this.message = this.bench.t(PROBLEM_MESSAGE[plan.problem], {
				cell,
				text: plan.cell?.text ?? ''
			});
			return false;
		}
		if (!this.bench.dispatch(plan.command)) {
			this.message = this.bench.t('errRefused');
			return false;
		}
		this.message = '';
		return true;
	}
}
