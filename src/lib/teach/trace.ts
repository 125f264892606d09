// Tracing a cell through the workbook's own dependency graph: what a formula reads (precedents)
// and what reads a cell (dependents), with named weights W_/D_ and ranges resolved to cells.
import type { ModelWorkbook } from '../workbook/workbook';
import { parseA1, type CellRef } from './formula-tokens';
import { cellKey } from './cell-meaning';

interface Address {
	sheet: number;
	row: number;
	col: number;
}
type Vertex = Address | { start: Address; end: Address };

export interface TraceLink {
	/** The cell (or the first cell of a range). */
	cell: CellRef;
	/** Last cell of a range. */
	end?: CellRef;
	/** The named cell through which the link runs (e.g. W_1.1.1). */
	via?: string;
}

/** Sheet id of named expressions in HyperFormula's dependency graph. */
const NAMED = -1;

export class CellTrace {
	#names = new Map<string, { name: string; cell: CellRef }>();

	constructor(private readonly wb: ModelWorkbook) {
		for (const name of wb.hf.listNamedExpressions()) {
			const expression = String(wb.hf.getNamedExpression(name)?.expression ?? '');
			const [sheet, a1] = expression.replace(/^=/, '').split('!');
			const cell = a1 ? parseA1(a1, sheet) : null;
			if (!cell) continue;
			for (const d of wb.hf.getCellDependents(this.#address(cell)) as Vertex[])
				if (!('start' in d) && d.sheet === NAMED) this.#names.set(String(d.row), { name, cell });
		}
	}

	#address(ref: CellRef): Address {
		return { sheet: this.wb.sheetId(ref.sheet), row: ref.row, col: ref.col };
	}

	#ref(a: Address): CellRef {
		return { sheet: this.wb.hf.getSheetName(a.sheet) ?? '', row: a.row, col: a.col };
	}

	/** Cells and ranges the formula of `ref` reads, in formula order, each once. */
	precedents(ref: CellRef): TraceLink[] {
		const links = new Map<string, TraceLink>();
		for (const v of this.wb.hf.getCellPrecedents(this.#address(ref)) as Vertex[]) {
			let link: TraceLink | undefined;
			if ('start' in v) link = { cell: this.#ref(v.start), end: this.#ref(v.end) };
			else if (v.sheet === NAMED) {
				const named = this.#names.get(String(v.row));
				if (named) link = { cell: named.cell, via: named.name };
			} else link = { cell: this.#ref(v) };
			if (link) links.set(`${cellKey(link.cell)}-${link.end ? cellKey(link.end) : ''}`, link);
		}
		return [...links.values()];
	}

	/** Cells whose formulas read `ref` directly (through a named cell or a range). */
	dependents(ref: CellRef): TraceLink[] {
		const out = new Map<string, TraceLink>();
		const seen = new Set<string>();
		const visit = (v: Vertex, via?: string) => {
			for (const d of this.wb.hf.getCellDependents(v) as Vertex[]) {
				if ('start' in d || d.sheet === NAMED) {
					const key = 'start' in d ? JSON.stringify(d) : `n${d.row}`;
					if (seen.has(key)) continue;
					seen.add(key);
					const named = 'start' in d ? undefined : this.#names.get(String(d.row))?.name;
					visit(d, named ?? via);
				} else {
					const cell = this.#ref(d);
					out.set(cellKey(cell), via ? { cell, via } : { cell });
				}
			}
		};
		visit(this.#address(ref));
		return [...out.values()];
	}

	/** Every cell that depends on `ref`, directly or not (breadth first, at most `limit`). */
	reach(ref: CellRef, limit = 20_000): CellRef[] {
		const seen = new Set([cellKey(ref)]);
		const out: CellRef[] = [];
		const queue = [ref];
		while (queue.length && out.length < limit) {
			const next = queue.shift() as CellRef;
			for (const { cell } of this.dependents(next)) {
				const key = cellKey(cell);
				if (seen.has(key)) continue;
				seen.add(key);
				out.push(cell);
				queue.push(cell);
			}
		}
		return out;
	}
}

export interface ColumnGroup {
	sheet: string;
	col: number;
	/** Rows of the column among the cells, ascending. */
	rows: number[];
}

/** Cells grouped by sheet and column, in the order the groups first appear. */
export function groupByColumn(cells: readonly CellRef[]): ColumnGroup[] {
	const groups = new Map<string, ColumnGroup>();
	for (const c of cells) {
		const key = `${c.sheet}!${c.col}`;
		let g = groups.get(key);
		if (!g) groups.set(key, (g = { sheet: c.sheet, col: c.col, rows: [] }));
		g.rows.push(c.row);
	}
	for (const g of groups.values()) g.rows.sort((a, b) => a - b);
	return [...groups.values()];
}

/** Names of a workbook's sheets (which stages exist depends on the method). */
export function sheetNames(wb: ModelWorkbook): string[] {
	return wb.hf.getSheetNames();
}
