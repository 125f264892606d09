// The action plan: every indicator under its lead department(s) with current value, target,
// expected gain, deadline and notes; as groups for the screen and print, as rows for CSV and XLSX.
import Papa from 'papaparse';

/** Departments named in a lead-department text (";" separates co-leads). */
export function splitDepartments(text: string | undefined): string[] {
	return (text ?? '')
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean);
}

export interface ActionItem {
	indicator: number;
	code: string;
	name: string;
	measure: string;
	current: number;
	/** NaN when the indicator has no target (keep the current level). */
	target: number;
	/** PII points gained by this target alone (NaN without a target). */
	gain: number;
	deadline: string;
	note: string;
	departments: string[];
}

export interface ItemSource {
	codes: readonly string[];
	/** Per indicator position. */
	names: readonly string[];
	measures: readonly string[];
	current: ArrayLike<number>;
	gains: ArrayLike<number>;
	departments: readonly string[];
	/** Indicator code → value / text, from the target set. */
	targets: Record<string, number>;
	deadlines: Record<string, string>;
	notes: Record<string, string>;
}

/** One item per indicator (framework order); only those with a target when `onlyTargeted`. */
export function actionItems(src: ItemSource, onlyTargeted: boolean): ActionItem[] {
	return src.codes.flatMap((code, p) => {
		const target = src.targets[code] ?? NaN;
		if (onlyTargeted && !Number.isFinite(target)) return [];
		return [
			{
				indicator: p,
				code,
				name: src.names[p],
				measure: src.measures[p],
				current: src.current[p],
				target,
				gain: Number.isFinite(target) ? src.gains[p] : NaN,
				deadline: src.deadlines[code] ?? '',
				note: src.notes[code] ?? '',
				departments: splitDepartments(src.departments[p])
			}
		];
	});
}

export interface DepartmentGroup {
	department: string;
	items: ActionItem[];
}

/**
 * Groups in order of first appearance (framework order of the items); an item with co-leads is
 * listed under each; items without a department go to `unassigned`, last.
 */
export function groupByDepartment(
	items: readonly ActionItem[],
	unassigned: string
): DepartmentGroup[] {
	const groups = new Map<string, ActionItem[]>();
	const none: ActionItem[] = [];
	for (const item of items) {
		if (item.departments.length === 0) none.push(item);
		for (const d of item.departments) groups.set(d, [...(groups.get(d) ?? []), item]);
	}
	const out = [...groups].map(([department, list]) => ({ department, items: list }));
	return none.length ? [...out, { department: unassigned, items: none }] : out;
}

export interface PlanColumns {
	department: string;
	code: string;
	indicator: string;
	measure: string;
	current: string;
	target: string;
	gain: string;
	deadline: string;
	note: string;
}

/** Header and rows (numbers stay numbers; missing → empty) for CSV and XLSX. */
export function actionPlanRows(
	groups: readonly DepartmentGroup[],
	labels: PlanColumns
): { header: string[]; rows: (string | number)[][] } {
	const num = (x: number) => (Number.isFinite(x) ? x : '');
	const header = [
		labels.department,
		labels.code,
		labels.indicator,
		labels.measure,
		labels.current,
		labels.target,
		labels.gain,
		labels.deadline,
		labels.note
	];
	const rows = groups.flatMap((g) =>
		g.items.map((i) => [
			g.department,
			i.code,
			i.name,
			i.measure,
			num(i.current),
			num(i.target),
			num(i.gain),
			i.deadline,
			i.note
		])
	);
	return { header, rows };
}

/** CSV text with a byte-order mark so that spreadsheet programs read Vietnamese correctly. */
export function actionPlanCsv(table: { header: string[]; rows: (string | number)[][] }): string {
	return `\ufeff${Papa.unparse({ fields: table.header, data: table.rows }, { newline: '\n' })}\n`;
}
