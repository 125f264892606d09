// Wide data rows (code, name, [region], indicator columns, [declared denominator columns]) →
// validated Dataset. Codes stay text.
import type { Dataset, Issue, Result, Unit } from './types';

/** Extra numeric columns a dataset carries to divide indicators by (population, GRDP, …). */
export interface DenominatorColumns {
	names: string[];
	/** One column per name, one value per unit (NaN = missing). */
	columns: Float64Array[];
}

/** A dataset with the denominator columns declared when it was read. */
export type DatasetWithDenominators = Dataset & { denominators?: DenominatorColumns };

export interface DatasetOptions {
	/** Column names that are denominators, not indicators (accepted instead of refused). */
	denominators?: string[];
}

/** The denominator columns of a dataset (empty when it declares none). */
export function denominatorsOf(dataset: Dataset): DenominatorColumns {
	return (dataset as DatasetWithDenominators).denominators ?? { names: [], columns: [] };
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const META = new Set(['code', 'name', 'region']);

/** Parse a plain number ("1234.5", "-2e3"); "" or R's "NA" → NaN (missing); anything else → null. */
export function parsePlainNumber(text: string): number | null {
	const t = text.trim();
	if (t === '' || t === 'NA') return NaN;
	return NUMBER.test(t) ? Number(t) : null;
}

export function parseDataset(
	headers: string[],
	rows: string[][],
	indicatorCodes: string[],
	/** File line of each row; without it rows are numbered from 2. */
	lines?: number[],
	options: DatasetOptions = {}
): Result<DatasetWithDenominators> {
	const errors: Issue[] = [];
	const warnings: Issue[] = [];
	const lower = headers.map((h) => h.trim().toLowerCase());
	const codeCol = lower.indexOf('code');
	const nameCol = lower.indexOf('name');
	const regionCol = lower.indexOf('region');
	if (codeCol < 0) errors.push({ severity: 'error', row: 1, message: 'missing column "code"' });
	if (nameCol < 0) errors.push({ severity: 'error', row: 1, message: 'missing column "name"' });
	const known = new Set(indicatorCodes);
	const declared = (options.denominators ?? []).map((d) => d.trim());
	const columnOf = new Map<string, number>();
	const denominatorOf = new Map<string, number>();
	for (const name of declared)
		if (known.has(name) || META.has(name.toLowerCase()))
			errors.push({
				severity: 'error',
				row: 1,
				column: name,
				message: `"${name}" cannot be a denominator: it is ${known.has(name) ? 'an indicator' : 'a unit column'}`
			});
	headers.forEach((h, c) => {
		const code = h.trim();
		if (META.has(lower[c])) return;
		if (declared.includes(code) && !known.has(code)) {
			if (denominatorOf.has(code))
				errors.push({
					severity: 'error',
					row: 1,
					column: code,
					message: `denominator "${code}" appears twice`
				});
			else denominatorOf.set(code, c);
		} else if (code === '')
			errors.push({ severity: 'error', row: 1, message: `column ${c + 1} has no header` });
		else if (!known.has(code))
			errors.push({
				severity: 'error',
				row: 1,
				column: code,
				message: `unknown indicator "${code}"`
			});
		else if (columnOf.has(code))
			errors.push({
				severity: 'error',
				row: 1,
				column: code,
				message: `indicator "${code}" appears twice`
			});
		else columnOf.set(code, c);
	});
	for (const name of declared)
		if (!denominatorOf.has(name) && !known.has(name) && !META.has(name.toLowerCase()))
			errors.push({
				severity: 'error',
				row: 1,
				column: name,
				message: `no column "${name}", declared as a denominator`
			});
	for (const code of indicatorCodes)
		if (!columnOf.has(code))
			warnings.push({
				severity: 'warning',
				column: code,
				message: `no column for indicator "${code}": all values missing`
			});
	if (rows.length === 0)
		errors.push({ severity: 'error', message: 'the data file has no unit rows' });
	if (errors.length) return { ok: false, errors };

	const units: Unit[] = [];
	const values = new Float64Array(rows.length * indicatorCodes.length).fill(NaN);
	const names = [...denominatorOf.keys()];
	const denominatorColumns = names.map(() => new Float64Array(rows.length).fill(NaN));
	const readNumber = (text: string, row: number, column: string, code: string) => {
		const v = parsePlainNumber(text);
		if (v === null || v === Infinity || v === -Infinity) {
			errors.push({ severity: 'error', row, column, code, message: `"${text}" is not a number` });
			return NaN;
		}
		return v;
	};
	const seen = new Map<string, number>();
	rows.forEach((r, i) => {
		const row = lines?.[i] ?? i + 2;
		const code = (r[codeCol] ?? '').trim();
		if (code === '')
			errors.push({ severity: 'error', row, column: 'code', message: 'unit code is empty' });
		else if (seen.has(code))
			errors.push({
				severity: 'error',
				row,
				column: 'code',
				code,
				message: `duplicate unit code "${code}" (first on row ${seen.get(code)})`
			});
		else seen.set(code, row);
		const region = regionCol >= 0 ? (r[regionCol] ?? '').trim() : '';
		units.push({ code, name: (r[nameCol] ?? '').trim() || code, ...(region ? { region } : {}) });
		indicatorCodes.forEach((ind, k) => {
			const c = columnOf.get(ind);
			if (c !== undefined)
				values[i * indicatorCodes.length + k] = readNumber(r[c] ?? '', row, ind, code);
		});
		names.forEach((name, j) => {
			denominatorColumns[j][i] = readNumber(
				r[denominatorOf.get(name) as number] ?? '',
				row,
				name,
				code
			);
		});
	});
	if (errors.length) return { ok: false, errors };
	const dataset: DatasetWithDenominators = { units, indicators: [...indicatorCodes], values };
	if (names.length) dataset.denominators = { names, columns: denominatorColumns };
	return { ok: true, value: dataset, warnings };
}

/** Data columns in tree indicator order, one Float64Array per indicator (length = units). */
export function columnsFor(dataset: Dataset, indicatorCodes: string[]): Float64Array[] {
	const n = dataset.units.length;
	const m = dataset.indicators.length;
	const pos = new Map(dataset.indicators.map((c, k) => [c, k]));
	return indicatorCodes.map((code) => {
		const col = new Float64Array(n).fill(NaN);
		const k = pos.get(code);
		if (k !== undefined) for (let u = 0; u < n; u++) col[u] = dataset.values[u * m + k];
		return col;
	});
}
