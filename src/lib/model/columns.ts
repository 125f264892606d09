// Header matching for framework files: our column names and COINr's iMeta names, any order, any case.

export type FrameworkField =
	| 'code'
	| 'parent'
	| 'name_vi'
	| 'name_en'
	| 'name'
	| 'weight'
	| 'direction'
	| 'level'
	| 'unit'
	| 'lead_department'
	| 'notes'
	| 'type';

const ALIASES: Record<FrameworkField, string[]> = {
	code: ['code', 'icode'],
	parent: ['parent'],
	name_vi: ['name_vi'],
	name_en: ['name_en'],
	name: ['iname', 'name'],
	weight: ['weight'],
	direction: ['direction'],
	level: ['level'],
	unit: ['unit', 'unit_en'],
	lead_department: ['lead_department', 'lead_department_hanoi'],
	notes: ['notes'],
	type: ['type']
};

/** Map each known field to the header that carries it (first match wins). */
export function matchColumns(headers: string[]): Partial<Record<FrameworkField, string>> {
	const found: Partial<Record<FrameworkField, string>> = {};
	for (const [field, aliases] of Object.entries(ALIASES) as [FrameworkField, string[]][]) {
		const header = headers.find((h) => aliases.includes(h.trim().toLowerCase()));
		if (header !== undefined) found[field] = header;
	}
	return found;
}
