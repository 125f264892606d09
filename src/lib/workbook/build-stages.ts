// The sheets of the stages before normalisation — Denominated, Imputed, Treated and the Treatment
// log — each present only when the method uses it. The treatment's caps are decided in TypeScript
// (KURT is not in HyperFormula and the rule is iterative) and written as values that the Treated
// formulas read, so every treated value is still a visible formula.
import type { RawCellContent } from 'hyperformula';
import type { Unit } from '../model/types';
import type { MethodPlan } from '../model/methods/plan';
import { stageBuffers, treatedColumn, type MethodInputs } from '../model/methods/prepare';
import type { TreatmentOutcome } from '../model/methods/treat';
import { FIRST_COL, SHEETS, TS, TS_HEADERS, a1, columnLetter, textCell } from './layout';
import {
	denominateFormula,
	imputeFormula,
	logFormula,
	passFormula,
	winsoriseFormula
} from './stage-formulas';

export type Grid = RawCellContent[][];

export interface StageInput {
	units: Unit[];
	/** Indicator codes in data column order. */
	codes: string[];
	plan: MethodPlan;
	/** Current raw data columns (data column order). */
	columns: Float64Array[];
	/** Denominator names in Data sheet order (after the indicator columns). */
	denominatorNames: string[];
	inputs: MethodInputs;
}

/** Sheets a unit's value passes through before normalisation, Data first. */
export function stageChain(plan: MethodPlan): string[] {
	return [
		SHEETS.data,
		...(plan.uses.denominate ? [SHEETS.denominated] : []),
		...(plan.uses.impute ? [SHEETS.imputed] : []),
		...(plan.uses.treat ? [SHEETS.treated] : [])
	];
}

/** The sheet a stage reads from (the one before it in the chain). */
export function sourceOf(plan: MethodPlan, sheet: string): string {
	const chain = stageChain(plan);
	const at = chain.indexOf(sheet);
	return at > 0 ? chain[at - 1] : chain[chain.length - 1];
}

export const cellRef = (sheet: string, col: number, row: number) => `${sheet}!${a1(col, row)}`;

/** `Sheet!C$2:C$64`: one indicator's column over all units. */
export function columnRange(sheet: string, col: number, nUnits: number): string {
	const c = columnLetter(col);
	return `${sheet}!${c}$2:${c}$${nUnits + 1}`;
}

const NUM = (x: number): number | null => (Number.isFinite(x) ? x : null);

function matrix(input: StageInput, cell: (p: number, row: number) => RawCellContent): Grid {
	return [
		['code', 'name', ...input.codes.map(textCell)],
		...input.units.map((u, r) => [
			textCell(u.code),
			textCell(u.name),
			...input.codes.map((_, p) => cell(p, r + 1))
		])
	];
}

function denominatedSheet(input: StageInput): Grid {
	const nInd = input.codes.length;
	return matrix(input, (p, row) => {
		const x = cellRef(SHEETS.data, FIRST_COL + p, row);
		const name = input.plan.indicators[p].denominator;
		if (name === null) return passFormula(x);
		const col = `$${columnLetter(FIRST_COL + nInd + input.denominatorNames.indexOf(name))}`;
		return denominateFormula(x, `${SHEETS.data}!${col}${row + 1}`);
	});
}

function imputedSheet(input: StageInput): Grid {
	const { plan, units } = input;
	const n = units.length;
	const source = sourceOf(plan, SHEETS.imputed);
	const groupCol = FIRST_COL + input.codes.length;
	const g = columnLetter(groupCol);
	const groups = input.inputs.groups;
	const grid = matrix(input, (p, row) =>
		imputeFormula(plan.indicators[p].imputation, {
			x: cellRef(source, FIRST_COL + p, row),
			column: columnRange(source, FIRST_COL + p, n),
			groups: `${SHEETS.imputed}!$${g}$2:$${g}$${n + 1}`,
			group: groups && groups[row - 1] >= 0 ? `${SHEETS.imputed}!$${g}${row + 1}` : null
		})
	);
	if (plan.uses.groups) {
		grid[0].push('group', 'region');
		units.forEach((u, r) => {
			const k = groups?.[r] ?? -1;
			grid[r + 1].push(k >= 0 ? k + 1 : null, u.region ? textCell(u.region) : null);
		});
	}
	return grid;
}

/** What the treatment does to every indicator (kind 'none' where it is not asked for). */
export function treatmentOutcomes(input: StageInput): TreatmentOutcome[] {
	const n = input.units.length;
	const buffers = stageBuffers(n);
	return input.plan.indicators.map(
		(ind, p) =>
			treatedColumn(ind, input.plan.treatment, input.columns[p], input.inputs, buffers, n).outcome
	);
}

/** Treated-sheet formula of one cell, by what the treatment decided for its indicator. */
export function treatedFormula(
	plan: MethodPlan,
	outcome: TreatmentOutcome,
	p: number,
	row: number
): string {
	const x = cellRef(sourceOf(plan, SHEETS.treated), FIRST_COL + p, row);
	const log = (col: number) => `${SHEETS.treatment}!$${columnLetter(col)}$${p + 2}`;
	if (outcome.kind === 'winsorised') return winsoriseFormula(x, log(TS.low), log(TS.high));
	if (outcome.kind === 'log') return logFormula(x, log(TS.min), log(TS.max));
	return passFormula(x);
}

/** The Treatment-sheet row of one indicator: what was done, how many points, the constants. */
export function treatmentRow(
	plan: MethodPlan,
	outcome: TreatmentOutcome,
	p: number
): RawCellContent[] {
	const ind = plan.indicators[p];
	const row: RawCellContent[] = new Array(TS_HEADERS.length).fill(null);
	row[TS.code] = textCell(ind.code);
	row[TS.method] = ind.treatment;
	row[TS.outcome] = outcome.kind;
	if (outcome.kind === 'too-few') row[TS.points] = 0;
	if (outcome.kind === 'passed' || outcome.kind === 'winsorised' || outcome.kind === 'log') {
		row[TS.skewBefore] = NUM(outcome.before.skew);
		row[TS.kurtBefore] = NUM(outcome.before.kurt);
		row[TS.points] = 0;
	}
	if (outcome.kind === 'winsorised') {
		row[TS.points] = outcome.points;
		row[TS.low] = outcome.low;
		row[TS.high] = outcome.high;
	}
	if (outcome.kind === 'log') {
		row[TS.min] = outcome.min;
		row[TS.max] = outcome.max;
	}
	if (outcome.kind === 'winsorised' || outcome.kind === 'log') {
		row[TS.skewAfter] = NUM(outcome.after.skew);
		row[TS.kurtAfter] = NUM(outcome.after.kurt);
	}
	return row;
}

/** The stage sheets the plan uses, by name. */
export function stageSheets(input: StageInput): Record<string, Grid> {
	const { plan } = input;
	const sheets: Record<string, Grid> = {};
	if (plan.uses.denominate) sheets[SHEETS.denominated] = denominatedSheet(input);
	if (plan.uses.impute) sheets[SHEETS.imputed] = imputedSheet(input);
	if (plan.uses.treat) {
		const outcomes = treatmentOutcomes(input);
		sheets[SHEETS.treated] = matrix(input, (p, row) =>
			treatedFormula(plan, outcomes[p], p, row)
		);
		sheets[SHEETS.treatment] = [
			TS_HEADERS,
			...outcomes.map((outcome, p) => treatmentRow(plan, outcome, p))
		];
	}
	return sheets;
}
