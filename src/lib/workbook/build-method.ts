// The sheets that depend on the method settings: Method (the settings, one row per node, and as
// JSON), the stage sheets, Bounds, Normalised and one LevelN sheet per aggregation level. A method
// change rewrites exactly these; Framework, Data and Results never change with the method.
import type { RawCellContent } from 'hyperformula';
import { directionName } from '../model/codes';
import { canonicalMethodJson, type MethodSettings } from '../model/method';
import { planMethod, type AggregatePlan, type MethodPlan } from '../model/methods/plan';
import type { Tree } from '../model/tree';
import { aggregateFormula } from './aggregate-formulas';
import { columnRange, sourceOf, stageSheets, type Grid, type StageInput } from './build-stages';
import {
	BOUNDS_MAX_ROW,
	BOUNDS_MEAN_ROW,
	BOUNDS_MIN_ROW,
	BOUNDS_SD_ROW,
	FIRST_COL,
	MS,
	MS_HEADERS,
	SHEETS,
	columnLetter,
	levelSheet,
	textCell
} from './layout';
import { normaliseFormula } from './normalise-formulas';
import { nodeCells, nodeRef } from './node-cells';

export interface MethodBuild extends Omit<StageInput, 'plan' | 'codes'> {
	tree: Tree;
	method: MethodSettings;
}

/** The settings one row per node (tree order), and the JSON the workbook reads them back from. */
function methodSheet(tree: Tree, plan: MethodPlan, method: MethodSettings): Grid {
	const rows: Grid = tree.nodes.map((node, i) => {
		const row: RawCellContent[] = new Array(MS_HEADERS.length).fill(null);
		row[MS.code] = textCell(node.code);
		const p = tree.indicatorPos[i];
		if (p >= 0) {
			const ind = plan.indicators[p];
			row[MS.denominator] = ind.denominator === null ? null : textCell(ind.denominator);
			row[MS.imputation] = ind.imputation;
			row[MS.treatment] = ind.treatment;
			row[MS.normalisation] = ind.normalisation;
			row[MS.goalpostMin] = ind.goalposts?.[0] ?? null;
			row[MS.goalpostMax] = ind.goalposts?.[1] ?? null;
		} else {
			const agg = plan.aggregates[i];
			row[MS.aggregation] = agg?.method ?? null;
			row[MS.minChildren] = agg?.minCount ?? null;
		}
		return row;
	});
	const header: RawCellContent[] = [...MS_HEADERS, null, 'settings (JSON)'];
	if (rows.length) rows[0][MS.json] = textCell(canonicalMethodJson(method));
	return [header, ...rows];
}

function boundsSheet(b: MethodBuild, plan: MethodPlan, codes: string[]): Grid {
	const n = b.units.length;
	const source = sourceOf(plan, SHEETS.normalised);
	const range = (p: number) => columnRange(source, FIRST_COL + p, n);
	const goal = (p: number, col: number) => {
		const row = b.tree.indicators[p] + 2;
		return `=${SHEETS.method}!$${columnLetter(col)}$${row}`;
	};
	const bound = (kind: 'MIN' | 'MAX', p: number) =>
		plan.indicators[p].normalisation === 'goalposts'
			? goal(p, kind === 'MIN' ? MS.goalpostMin : MS.goalpostMax)
			: `=${kind}(${range(p)})`;
	const grid: Grid = [
		['code', 'name', ...codes.map(textCell)],
		['min', null, ...codes.map((_, p) => bound('MIN', p))],
		['max', null, ...codes.map((_, p) => bound('MAX', p))]
	];
	if (plan.uses.zscore) {
		const z = (f: string) => (p: number) =>
			plan.indicators[p].normalisation === 'zscore' ? `=${f}(${range(p)})` : null;
		grid.push(['mean', null, ...codes.map((_, p) => z('AVERAGE')(p))]);
		grid.push(['sd', null, ...codes.map((_, p) => z('STDEV.S')(p))]);
	}
	return grid;
}

function normalisedSheet(b: MethodBuild, plan: MethodPlan, codes: string[]): Grid {
	const n = b.units.length;
	const source = sourceOf(plan, SHEETS.normalised);
	const bound = (row: number, c: string) => `${SHEETS.bounds}!${c}$${row + 1}`;
	return [
		['code', 'name', ...codes.map(textCell)],
		...b.units.map((u, r) => [
			textCell(u.code),
			textCell(u.name),
			...codes.map((code, p) => {
				const c = columnLetter(FIRST_COL + p);
				return normaliseFormula(plan.indicators[p].normalisation, {
					x: `${source}!${c}${r + 2}`,
					column: columnRange(source, FIRST_COL + p, n),
					min: bound(BOUNDS_MIN_ROW, c),
					max: bound(BOUNDS_MAX_ROW, c),
					mean: bound(BOUNDS_MEAN_ROW, c),
					sd: bound(BOUNDS_SD_ROW, c),
					direction: directionName(code),
					range: plan.range
				});
			})
		])
	];
}

function levelSheets(b: MethodBuild, plan: MethodPlan): Record<string, Grid> {
	const { tree } = b;
	const cells = nodeCells(tree);
	const sheets: Record<string, Grid> = {};
	for (const level of tree.levels) {
		const aggs = tree.aggregatesByLevel.get(level) as number[];
		sheets[levelSheet(level)] = [
			['code', 'name', ...aggs.map((a) => textCell(tree.nodes[a].code))],
			...b.units.map((u, r) => [
				textCell(u.code),
				textCell(u.name),
				...aggs.map((a) => {
					const { method, minCount } = plan.aggregates[a] as AggregatePlan;
					const children = tree.children[a].map((k) => ({
						ref: nodeRef(cells, k, r + 1),
						code: tree.nodes[k].code
					}));
					return aggregateFormula(method, children, minCount);
				})
			])
		];
	}
	return sheets;
}

/** Every sheet that depends on the method, by name (Method first, then in pipeline order). */
export function methodSheets(b: MethodBuild): Record<string, Grid> {
	const plan = planMethod(b.tree, b.method);
	const codes = b.tree.indicators.map((i) => b.tree.nodes[i].code);
	return {
		[SHEETS.method]: methodSheet(b.tree, plan, b.method),
		...stageSheets({ ...b, plan, codes }),
		[SHEETS.bounds]: boundsSheet(b, plan, codes),
		[SHEETS.normalised]: normalisedSheet(b, plan, codes),
		...levelSheets(b, plan)
	};
}
