// Data-collection templates: the indicators (code, Vietnamese name, unit, lead department) with one
// row per province, or one province's column; they read back through the normal import.
import type { Tree } from '../model/tree';
import type { Unit } from '../model/types';
import type { OutCell } from './csv-write';

export interface TemplateIndicator {
	code: string;
	nameVi: string;
	nameEn: string;
	unit: string;
	leadDepartment: string;
}

export function templateIndicators(tree: Tree): TemplateIndicator[] {
	return tree.indicators.map((i) => {
		const n = tree.nodes[i];
		return {
			code: n.code,
			nameVi: n.nameVi,
			nameEn: n.nameEn,
			unit: n.unit ?? '',
			leadDepartment: n.leadDepartment ?? ''
		};
	});
}

/** Labels of the note rows (rows starting with "#" are skipped on import). */
export const NOTE_LABELS = {
	name: '# Tên chỉ số',
	unit: '# Đơn vị tính',
	lead: '# Sở chủ trì'
};

const valueAt = (values: Float64Array[] | undefined, p: number, u: number): OutCell =>
	values && !Number.isNaN(values[p][u]) ? values[p][u] : null;

/** code, name, one column per indicator; three note rows; one row per unit (values optional). */
export function wideTemplateRows(
	indicators: TemplateIndicator[],
	units: Unit[],
	values?: Float64Array[]
): OutCell[][] {
	const pick = (f: (i: TemplateIndicator) => string) => indicators.map(f);
	return [
		['code', 'name', ...pick((i) => i.code)],
		[NOTE_LABELS.name, '', ...pick((i) => i.nameVi)],
		[NOTE_LABELS.unit, '', ...pick((i) => i.unit)],
		[NOTE_LABELS.lead, '', ...pick((i) => i.leadDepartment)],
		...units.map((u, r) => [u.code, u.name, ...indicators.map((_, p) => valueAt(values, p, r))])
	];
}

/** One row per indicator (code, name, unit, lead department) and one value column for a unit. */
export function unitColumnTemplateRows(
	indicators: TemplateIndicator[],
	unit: Unit,
	values?: Float64Array[],
	unitIndex = 0
): OutCell[][] {
	return [
		['code', 'name_vi', 'unit', 'lead_department', unit.name],
		...indicators.map((i, p) => [
			i.code,
			i.nameVi,
			i.unit,
			i.leadDepartment,
			valueAt(values, p, unitIndex)
		])
	];
}

/** The indicator list as its own table (second sheet of the XLSX template). */
export function indicatorTableRows(indicators: TemplateIndicator[]): OutCell[][] {
	return [
		['code', 'name_vi', 'name_en', 'unit', 'lead_department'],
		...indicators.map((i) => [i.code, i.nameVi, i.nameEn, i.unit, i.leadDepartment])
	];
}
