// Framework files in and out: CSV in any delimiter and decimal mark, or a spreadsheet (the sheet named
// iMeta or Framework first), with our columns or COINr's iMeta names; written back with the weights
// and directions as they stand in the model.
import { matchColumns } from '../model/columns';
import { parseFramework } from '../model/framework';
import type { Tree } from '../model/tree';
import type { Framework } from '../model/types';
import { columnLetter } from '../workbook/layout';
import type { OutCell } from './csv-write';
import { detectDecimal, readCellNumber } from './dialect';
import { cellText } from './grid';
import { hasErrors, issue, type ImportIssue } from './import-issues';
import { readGrid, type Detected, type ReadOptions } from './read-data';

const FRAMEWORK_SHEET = /^(imeta|framework|khung.*)$/i;

export type FrameworkRead =
	| { ok: true; framework: Framework; detected: Detected }
	| { ok: false; issues: ImportIssue[]; detected: Detected };

export async function readFrameworkBytes(
	bytes: Uint8Array,
	options: ReadOptions = {}
): Promise<FrameworkRead> {
	const detected: Detected = { sheets: [], editions: [] };
	const { grid, issues } = await readGrid(bytes, options, detected, FRAMEWORK_SHEET);
	if (!grid || hasErrors(issues)) return { ok: false, issues, detected };
	if (grid.rows.length === 0) return { ok: false, issues: [issue('empty-file')], detected };
	const headers = grid.rows[0].map(cellText);
	const texts = grid.rows.slice(1).map((r) => headers.map((_, c) => cellText(r[c])));
	// Numbers written with a decimal comma ("0,5") are read as such, then handed on as "0.5".
	const numeric = (['weight', 'direction', 'level'] as const)
		.map((f) => matchColumns(headers)[f])
		.filter((h): h is string => h !== undefined)
		.map((h) => headers.indexOf(h));
	const cells = texts.flatMap((r, i) =>
		numeric.map((c) => ({ text: r[c], row: grid.lines[i + 1], col: columnLetter(c) }))
	);
	const guess = detectDecimal(cells.filter((c) => c.text !== ''));
	const decimal = options.decimal ?? (guess.kind === 'known' && guess.decimal === ',' ? ',' : '.');
	detected.decimal = decimal;
	if (decimal === ',')
		for (const r of texts)
			for (const c of numeric) {
				const v = readCellNumber(r[c], ',');
				if (v.kind === 'number') r[c] = String(v.value);
			}
	const records = texts.map((r) => Object.fromEntries(headers.map((h, c) => [h, r[c]])));
	const parsed = parseFramework(headers, records, grid.lines.slice(1));
	if (parsed.ok) return { ok: true, framework: parsed.value, detected };
	return {
		ok: false,
		detected,
		issues: parsed.errors.map((e) => {
			const c = e.column === undefined ? -1 : headers.indexOf(e.column);
			return issue(
				'framework',
				{
					...(e.row !== undefined ? { row: e.row } : {}),
					...(c >= 0 ? { col: columnLetter(c) } : {})
				},
				{
					text: e.message,
					...(e.column ? { header: e.column } : {}),
					...(e.code ? { node: e.code } : {})
				}
			);
		})
	};
}

/** The framework in file order, with the model's current weights and directions (tree order). */
export function frameworkRows(
	framework: Framework,
	tree: Tree,
	weights: ArrayLike<number>,
	directions: ArrayLike<number>
): OutCell[][] {
	const head = [
		'code',
		'parent',
		'level',
		'name_vi',
		'name_en',
		'weight',
		'direction',
		'unit',
		'lead_department',
		'notes'
	];
	return [
		head,
		...framework.nodes.map((n) => {
			const i = tree.indexOf.get(n.code) as number;
			const leaf = tree.children[i].length === 0;
			return [
				n.code,
				n.parent ?? '',
				n.level,
				n.nameVi,
				n.nameEn,
				weights[i],
				leaf ? directions[i] : null,
				n.unit ?? '',
				n.leadDepartment ?? '',
				n.notes ?? ''
			];
		})
	];
}
