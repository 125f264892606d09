// Reading the files of the 63 → 34 re-basing: the merged units (provinces-34.csv), how each
// indicator combines (merge-rules.csv) and the weight table (population, enterprises per old code).
import { parseCsvText } from '../../io/csv';
import { parsePlainNumber } from '../dataset';

export type MergeRuleKind = 'sum' | 'weighted_mean' | 'not_combinable';
export type WeightBasis = 'population' | 'enterprises';

export interface MergeRule {
	code: string;
	rule: MergeRuleKind;
	basis: WeightBasis | null;
	/** exact: the right rule; approximate: a stand-in, shown with a warning; null: not combinable. */
	quality: 'exact' | 'approximate' | null;
	noteVi: string;
	noteEn: string;
}

export interface MergedUnitDef {
	code: string;
	nameVi: string;
	nameEn: string;
	/** Codes of the 63-province units it was formed from. */
	from: string[];
}

export type UnitWeights = Record<WeightBasis, number>;

export type Read<T> = { ok: true; value: T } | { ok: false; errors: string[] };

function table(csv: string, required: string[]) {
	const t = parseCsvText(csv);
	const col = (name: string) => t.headers.findIndex((h) => h.toLowerCase() === name);
	const missing = required.filter((name) => col(name) < 0);
	const errors = [
		...t.errors.map((e) => `row ${e.row}: ${e.message}`),
		...missing.map((name) => `missing column "${name}"`)
	];
	const cell = (r: string[], name: string) => (r[col(name)] ?? '').trim();
	return { t, cell, errors };
}

export function readMergedUnits(csv: string): MergedUnitDef[] {
	const { t, cell } = table(csv, ['code', 'merged_from_codes']);
	return t.rows.map((r) => ({
		code: cell(r, 'code'),
		nameVi: cell(r, 'name_vi'),
		nameEn: cell(r, 'name_en'),
		from: cell(r, 'merged_from_codes')
			.split(';')
			.map((c) => c.trim())
			.filter(Boolean)
	}));
}

const RULES: MergeRuleKind[] = ['sum', 'weighted_mean', 'not_combinable'];
const BASES: WeightBasis[] = ['population', 'enterprises'];

/** Rules by indicator code; an indicator without a rule is not combinable (and named). */
export function readMergeRules(csv: string, indicatorCodes: readonly string[]): Read<MergeRule[]> {
	const { t, cell, errors } = table(csv, ['code', 'rule', 'weight_basis']);
	const byCode = new Map<string, MergeRule>();
	t.rows.forEach((r, i) => {
		const row = t.lines[i];
		const code = cell(r, 'code');
		const rule = cell(r, 'rule') as MergeRuleKind;
		const basis = cell(r, 'weight_basis');
		const quality = cell(r, 'quality');
		if (!RULES.includes(rule)) errors.push(`row ${row}: unknown rule "${rule}" for ${code}`);
		else if (rule === 'weighted_mean' && !BASES.includes(basis as WeightBasis))
			errors.push(
				`row ${row}: weighted_mean of ${code} needs weight_basis population or enterprises`
			);
		else if (byCode.has(code)) errors.push(`row ${row}: ${code} has two rules`);
		else
			byCode.set(code, {
				code,
				rule,
				basis: rule === 'weighted_mean' ? (basis as WeightBasis) : null,
				quality: rule === 'not_combinable' ? null : quality === 'exact' ? 'exact' : 'approximate',
				noteVi: cell(r, 'note_vi'),
				noteEn: cell(r, 'note_en')
			});
	});
	if (errors.length) return { ok: false, errors };
	return {
		ok: true,
		value: indicatorCodes.map(
			(code) =>
				byCode.get(code) ?? {
					code,
					rule: 'not_combinable',
					basis: null,
					quality: null,
					noteVi: 'Chưa khai báo cách gộp.',
					noteEn: 'No merge rule declared.'
				}
		)
	};
}

/** Weight table: code, population_thousands (or population), enterprises; positive numbers. */
export function readUnitWeights(csv: string): Read<Map<string, UnitWeights>> {
	const t0 = parseCsvText(csv);
	const popName = t0.headers.some((h) => h.toLowerCase() === 'population_thousands')
		? 'population_thousands'
		: 'population';
	const { t, cell, errors } = table(csv, ['code', popName, 'enterprises']);
	const out = new Map<string, UnitWeights>();
	t.rows.forEach((r, i) => {
		const code = cell(r, 'code');
		const population = parsePlainNumber(cell(r, popName));
		const enterprises = parsePlainNumber(cell(r, 'enterprises'));
		if (population === null || enterprises === null || population < 0 || enterprises < 0)
			errors.push(`row ${t.lines[i]}: ${code}: weights must be numbers ≥ 0`);
		else out.set(code, { population, enterprises });
	});
	return errors.length ? { ok: false, errors } : { ok: true, value: out };
}
