// Applying method settings to a live workbook: the sheets that change are rewritten (added, set or
// removed) inside one batch, so a method change is one recalculation and one undo step; and after
// a data edit, the treatment of the edited indicators is decided again (its caps are constants).
import type { HyperFormula } from 'hyperformula';
import type { MethodPlan } from '../model/methods/plan';
import { stageBuffers, treatedColumn, type MethodInputs } from '../model/methods/prepare';
import type { Grid } from './build-stages';
import { treatedFormula, treatmentRow } from './build-stages';
import { FIRST_COL, FIRST_ROW, SHEETS } from './layout';

/** Cells of `after` that differ from `before` (null where `before` had a cell `after` lacks). */
function* changedRuns(before: Grid, after: Grid) {
	const rows = Math.max(before.length, after.length);
	for (let r = 0; r < rows; r++) {
		const a = before[r] ?? [];
		const b = after[r] ?? [];
		const cols = Math.max(a.length, b.length);
		let start = -1;
		for (let c = 0; c <= cols; c++) {
			const changed = c < cols && (a[c] ?? null) !== (b[c] ?? null);
			if (changed && start < 0) start = c;
			if (!changed && start >= 0) {
				yield {
					row: r,
					col: start,
					values: Array.from({ length: c - start }, (_, k) => b[start + k] ?? null)
				};
				start = -1;
			}
		}
	}
}

/**
 * Rewrite the sheets that differ between `before` and `after` (both from methodSheets), cell by
 * cell so that unchanged cells keep their dependents. Call it inside `hf.batch`: sheets are added
 * first, then filled, then the ones no longer used are removed.
 */
export function rewriteSheets(
	hf: HyperFormula,
	before: Record<string, Grid>,
	after: Record<string, Grid>
): void {
	for (const name of Object.keys(after)) if (!(name in before)) hf.addSheet(name);
	for (const [name, grid] of Object.entries(after)) {
		const sheet = hf.getSheetId(name) as number;
		for (const run of changedRuns(before[name] ?? [], grid))
			hf.setCellContents({ sheet, row: run.row, col: run.col }, [run.values]);
	}
	for (const name of Object.keys(before))
		if (!(name in after)) hf.removeSheet(hf.getSheetId(name) as number);
}

export interface RetreatInput {
	plan: MethodPlan;
	/** Raw columns after the edit (data column order). */
	columns: Float64Array[];
	inputs: MethodInputs;
	nUnits: number;
}

/** Raw values into the Data sheet, and the treatment of their indicators decided again (in a batch). */
export function writeValues(
	hf: HyperFormula,
	dataSheet: number,
	edits: { unit: number; indicator: number; value: number | null }[],
	treat: RetreatInput | null
): void {
	for (const e of edits)
		hf.setCellContents(
			{ sheet: dataSheet, row: FIRST_ROW + e.unit, col: FIRST_COL + e.indicator },
			e.value
		);
	if (treat) retreat(hf, new Set(edits.map((e) => e.indicator)), treat);
}

/**
 * Decide the treatment of indicators `positions` again and write their Treated formulas and
 * Treatment rows (call inside the edit's batch).
 */
export function retreat(hf: HyperFormula, positions: Iterable<number>, input: RetreatInput): void {
	const { plan, nUnits } = input;
	const treated = hf.getSheetId(SHEETS.treated);
	const log = hf.getSheetId(SHEETS.treatment);
	if (treated === undefined || log === undefined) return;
	const buffers = stageBuffers(nUnits);
	for (const p of positions) {
		const ind = plan.indicators[p];
		if (ind.treatment === 'none') continue;
		const { outcome } = treatedColumn(
			ind,
			plan.treatment,
			input.columns[p],
			input.inputs,
			buffers,
			nUnits
		);
		hf.setCellContents(
			{ sheet: treated, row: FIRST_ROW, col: FIRST_COL + p },
			Array.from({ length: nUnits }, (_, u) => [treatedFormula(plan, outcome, p, FIRST_ROW + u)])
		);
		hf.setCellContents({ sheet: log, row: p + 1, col: 0 }, [treatmentRow(plan, outcome, p)]);
	}
}
