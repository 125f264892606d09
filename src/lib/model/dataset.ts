// Wide data rows (code, name, [region], indicator columns) → validated Dataset. Codes stay text.
import type { Dataset, Issue, Result, Unit } from './types';

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
	lines?: number[]
): Result<Dataset> {
	const errors: Issue[] = [];
	const warnings: Issue[] = [];
	const lower = headers.map((h) => h.trim().toLowerCase());
	const codeCol = lower.indexOf('code');
	const nameCol = lower.indexOf('name');
	const regionCol = lower.indexOf('region');
	if (codeCol < 0) errors.push({ severity: 'error', row: 1, message: 'missing column "code"' });
	if (nameCol < 0) errors.push({ severity: 'error', row: 1, message: 'missing column "name"' });
	const known = new Set(indicatorCodes);
	const columnOf = new Map<string, number>();
	headers.forEach((h, c) => {
		const code = h.trim();
		if (META.has(lower[c])) return;
		if (code === '')
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
			if (c === undefined) return;
			const text = r[c] ?? '';
			const v = parsePlainNumber(text);
			if (v === null || v === Infinity || v === -Infinity)
				errors.push({
					severity: 'error',
					row,
					column: ind,
					code,
					message: `"${text}" is not a number`
				});
			else values[i * indicatorCodes.length + k] = v;
		});
	});
	if (errors.length) return { ok: false, errors };
	return { ok: true, value: { units, indicators: [...indicatorCodes], values }, warnings };
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
