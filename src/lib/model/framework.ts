// Framework files → validated Framework: one located error per problem, nothing half-built.
import { matchColumns } from './columns';
import { codeKey, codeProblem } from './codes';
import type { Direction, Framework, FrameworkNode, Issue, Result } from './types';

interface RawNode {
	row: number;
	code: string;
	parent: string | null;
	nameVi: string;
	nameEn: string;
	weight: number;
	direction: Direction | null;
	declaredLevel: number | null;
	declaredAggregate: boolean;
	unit?: string;
	leadDepartment?: string;
	notes?: string;
}

const SKIPPED_TYPES = new Set(['group', 'denominator', 'other']);

function parseNumber(text: string): number {
	const t = text.trim();
	if (t === '' || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return NaN;
	return Number(t);
}

/**
 * Parse and validate framework rows (objects keyed by header). `lines` gives each row's file line;
 * without it rows are numbered from 2 (the header is row 1).
 */
export function parseFramework(
	headers: string[],
	rows: Record<string, string>[],
	lines?: number[]
): Result<Framework> {
	const errors: Issue[] = [];
	const col = matchColumns(headers);
	for (const need of ['code', 'parent', 'weight'] as const) {
		if (!col[need]) errors.push({ severity: 'error', message: `missing column "${need}"` });
	}
	if (!col.name_vi && !col.name_en && !col.name)
		errors.push({
			severity: 'error',
			message: 'missing a name column (name_vi, name_en or iName)'
		});
	if (errors.length) return { ok: false, errors };

	// R's write.csv (COINr) writes NA for an empty cell.
	const get = (r: Record<string, string>, f: keyof typeof col) => {
		const v = col[f] ? (r[col[f] as string] ?? '').trim() : '';
		return v === 'NA' ? '' : v;
	};
	const raw: RawNode[] = [];
	rows.forEach((r, i) => {
		const row = lines?.[i] ?? i + 2;
		const type = get(r, 'type').toLowerCase();
		if (SKIPPED_TYPES.has(type)) return;
		const code = get(r, 'code');
		const problem = codeProblem(code);
		if (problem) errors.push({ severity: 'error', row, column: col.code, code, message: problem });
		const weightText = get(r, 'weight');
		const parent = get(r, 'parent') || null;
		let weight = parseNumber(weightText);
		if (weightText === '' && parent === null) weight = 1;
		else if (Number.isNaN(weight))
			errors.push({
				severity: 'error',
				row,
				column: col.weight,
				code,
				message: `weight "${weightText}" is not a number`
			});
		else if (weight < 0 || !Number.isFinite(weight))
			errors.push({
				severity: 'error',
				row,
				column: col.weight,
				code,
				message: `weight ${weightText} must be zero or positive`
			});
		const dirText = get(r, 'direction');
		let direction: Direction | null = null;
		if (dirText !== '') {
			const d = parseNumber(dirText);
			if (d === 1 || d === -1) direction = d;
			else
				errors.push({
					severity: 'error',
					row,
					column: col.direction,
					code,
					message: `direction "${dirText}" must be 1 or -1`
				});
		}
		const levelText = get(r, 'level');
		const level = levelText === '' ? null : parseNumber(levelText);
		if (level !== null && !(Number.isInteger(level) && level >= 1))
			errors.push({
				severity: 'error',
				row,
				column: col.level,
				code,
				message: `level "${levelText}" must be a whole number ≥ 1`
			});
		const fallbackName = get(r, 'name');
		raw.push({
			row,
			code,
			parent,
			nameVi: get(r, 'name_vi') || fallbackName || get(r, 'name_en') || code,
			nameEn: get(r, 'name_en') || fallbackName || get(r, 'name_vi') || code,
			weight,
			direction,
			declaredLevel: level !== null && Number.isInteger(level) ? level : null,
			declaredAggregate: type === 'aggregate',
			unit: get(r, 'unit') || undefined,
			leadDepartment: get(r, 'lead_department') || undefined,
			notes: get(r, 'notes') || undefined
		});
	});
	if (raw.length === 0) {
		errors.push({ severity: 'error', message: 'the framework has no rows' });
		return { ok: false, errors };
	}
	// Structural problems are reported together with the row problems above (all at once).
	return checkTree(raw, col, errors);
}

function checkTree(
	raw: RawNode[],
	col: ReturnType<typeof matchColumns>,
	errors: Issue[]
): Result<Framework> {
	const err = (n: RawNode, message: string, column?: string) =>
		errors.push({ severity: 'error', row: n.row, code: n.code, column, message });
	const byKey = new Map<string, RawNode>();
	for (const n of raw) {
		const prev = byKey.get(codeKey(n.code));
		if (prev)
			err(
				n,
				prev.code === n.code
					? `duplicate code "${n.code}" (first on row ${prev.row})`
					: `code "${n.code}" collides with "${prev.code}" on row ${prev.row} (spreadsheet names ignore case)`
			);
		else byKey.set(codeKey(n.code), n);
	}
	const children = new Map<string, RawNode[]>();
	const roots: RawNode[] = [];
	for (const n of raw) {
		if (n.parent === null) roots.push(n);
		else if (!byKey.has(codeKey(n.parent))) err(n, `unknown parent "${n.parent}"`, col.parent);
		else {
			const p = byKey.get(codeKey(n.parent)) as RawNode;
			children.set(p.code, [...(children.get(p.code) ?? []), n]);
		}
	}
	if (roots.length === 0)
		errors.push({ severity: 'error', message: 'no root: every code has a parent' });
	for (const extra of roots.slice(1))
		err(
			extra,
			`more than one root: "${roots[0].code}" (row ${roots[0].row}) and "${extra.code}" have no parent`
		);
	for (const n of raw) {
		const seen = new Set<string>([n.code]);
		let cur = n;
		while (cur.parent !== null) {
			const p = byKey.get(codeKey(cur.parent));
			if (!p) break;
			if (seen.has(p.code)) {
				// Only nodes on the cycle are blamed; a node hanging below a cycle is not its own ancestor.
				if (p.code === n.code)
					err(n, `cycle: "${n.code}" is its own ancestor (through "${cur.code}")`, col.parent);
				break;
			}
			seen.add(p.code);
			cur = p;
		}
	}
	if (errors.length) return { ok: false, errors };

	const level = new Map<string, number>();
	const heightOf = (n: RawNode): number => {
		const known = level.get(n.code);
		if (known !== undefined) return known;
		const kids = children.get(n.code) ?? [];
		const h = kids.length === 0 ? 1 : 1 + Math.max(...kids.map(heightOf));
		level.set(n.code, h);
		return h;
	};
	for (const n of raw) {
		const kids = children.get(n.code) ?? [];
		const h = heightOf(n);
		if (kids.length === 0 && (n.declaredAggregate || (n.declaredLevel ?? 1) > 1 || n === roots[0]))
			err(n, `aggregate "${n.code}" has no children`);
		else if (n.declaredLevel !== null && n.declaredLevel !== h)
			err(n, `level ${n.declaredLevel} does not match the tree (expected ${h})`, col.level);
		else if (kids.length === 0 && n.direction === null)
			err(n, `indicator "${n.code}" needs a direction of 1 or -1`, col.direction ?? 'direction');
	}
	if (errors.length) return { ok: false, errors };
	const nodes: FrameworkNode[] = raw.map((n) => ({
		code: n.code,
		parent: n.parent === null ? null : (byKey.get(codeKey(n.parent)) as RawNode).code,
		nameVi: n.nameVi,
		nameEn: n.nameEn,
		weight: n.weight,
		direction: n.direction ?? 1,
		level: level.get(n.code) as number,
		unit: n.unit,
		leadDepartment: n.leadDepartment,
		notes: n.notes
	}));
	return { ok: true, value: { nodes }, warnings: [] };
}
