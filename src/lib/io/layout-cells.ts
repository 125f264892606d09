// Reads the value cells under a detected header, for each layout, with every problem located:
// unknown or repeated columns, unknown indicators, repeated header rows, rows too long or too short.
import { columnLetter as letter } from '../workbook/layout';
import { cellText, type Cell, type Grid } from './grid';
import { issue, type ImportIssue } from './import-issues';
import { decimalMark, readCellNumber } from './dialect';
import type { HeaderInfo, Layout, RawCell, UnitRef } from './layout-types';

/** A row that repeats a header: most of its value cells are words, not numbers or blanks. */
export function looksLikeHeader(texts: string[]): boolean {
	const filled = texts.filter((t) => t !== '');
	const words = filled.filter(
		(t) => decimalMark(t) === 'text' && readCellNumber(t, '.').kind === 'text'
	);
	return words.length >= 2 && words.length * 2 >= filled.length;
}

const isNote = (texts: string[]) => (texts.find((t) => t !== '') ?? '').startsWith('#');

const lastFilled = (texts: string[]) => {
	for (let i = texts.length - 1; i >= 0; i--) if (texts[i] !== '') return i;
	return -1;
};

/** CSV rows must have as many fields as the header: more means a stray delimiter, fewer a cut. */
function checkWidth(grid: Grid, row: Cell[], texts: string[], width: number, line: number) {
	if (grid.source !== 'csv') return null;
	const last = lastFilled(texts);
	if (last >= width)
		return issue(
			'long-row',
			{ row: line, col: letter(last) },
			{ count: String(last + 1), expected: String(width) }
		);
	if (row.length < width)
		return issue(
			'short-row',
			{ row: line },
			{ count: String(row.length), expected: String(width) }
		);
	return null;
}

export function extractCells(
	grid: Grid,
	header: HeaderInfo,
	match: (t: string) => string | null,
	edition: string | undefined,
	issues: ImportIssue[],
	denominators: Set<string> = new Set()
): Layout {
	const { at, headers, roles } = header;
	const headerLine = grid.lines[at];
	const width = lastFilled(headers) + 1;
	const body = grid.rows.slice(at + 1).map((row, i) => ({
		row,
		texts: row.map(cellText),
		line: grid.lines[at + 1 + i]
	}));
	const data = body.filter((b) => !isNote(b.texts));
	const units: UnitRef[] = [];
	const cells: RawCell[] = [];
	const hasValues = (c: number) => data.some((b) => b.texts[c]);
	const emptyHeader = (c: number) => {
		if (hasValues(c)) issues.push(issue('empty-header', { row: headerLine, col: letter(c) }));
	};
	const codeCol = roles.indexOf('unitCode');
	const nameCol = roles.indexOf('unitName');
	const regionCol = roles.indexOf('region');
	const unitRef = (texts: string[], line: number): UnitRef => {
		const c = codeCol >= 0 && (texts[codeCol] || nameCol < 0) ? codeCol : nameCol;
		return {
			...(codeCol >= 0 ? { code: texts[codeCol] ?? '' } : {}),
			...(nameCol >= 0 ? { name: texts[nameCol] ?? '' } : {}),
			...(regionCol >= 0 && texts[regionCol] ? { region: texts[regionCol] } : {}),
			row: line,
			col: letter(c),
			header: headers[c]
		};
	};
	const layout: Layout = { kind: header.kind, headerRow: headerLine, units, cells, editions: [] };

	if (header.kind === 'wide') {
		const valueCols: { c: number; indicator: string; denominator?: true }[] = [];
		const first = new Map<string, number>();
		headers.forEach((h, c) => {
			const ind = header.indicators[c];
			if (ind) {
				const seen = first.get(ind);
				if (seen !== undefined)
					issues.push(
						issue(
							'duplicate-indicator',
							{ row: headerLine, col: letter(c) },
							{ header: h, first: `${letter(seen)}${headerLine}` }
						)
					);
				else {
					first.set(ind, c);
					valueCols.push({ c, indicator: ind });
				}
			} else if (denominators.has(h)) valueCols.push({ c, indicator: h, denominator: true });
			else if (roles[c] !== null) return;
			else if (h === '') emptyHeader(c);
			else issues.push(issue('unknown-column', { row: headerLine, col: letter(c) }, { header: h }));
		});
		for (const { row, texts, line } of data) {
			if (looksLikeHeader(valueCols.map((v) => texts[v.c] ?? ''))) {
				issues.push(
					issue(
						'extra-header-row',
						{ row: line },
						{ text: texts.filter(Boolean).slice(0, 3).join(' | ') }
					)
				);
				continue;
			}
			const width_ = checkWidth(grid, row, texts, width, line);
			if (width_) issues.push(width_);
			units.push(unitRef(texts, line));
			for (const v of valueCols)
				cells.push({
					unit: units.length - 1,
					indicator: v.indicator,
					...(v.denominator ? { denominator: true as const } : {}),
					cell: row[v.c] ?? '',
					row: line,
					col: letter(v.c),
					header: headers[v.c]
				});
		}
	} else if (header.kind === 'long') {
		const ic = header.indicatorCol;
		const vc = roles.indexOf('value');
		const ec = roles.indexOf('edition');
		if (ec >= 0) layout.editions = [...new Set(data.map((b) => b.texts[ec] ?? '').filter(Boolean))];
		const pick = edition ?? (layout.editions.length === 1 ? layout.editions[0] : undefined);
		if (layout.editions.length > 1 && pick === undefined) return layout;
		for (const { row, texts, line } of data) {
			if (ec >= 0 && (texts[ec] ?? '') !== pick) continue;
			const width_ = checkWidth(grid, row, texts, width, line);
			if (width_) issues.push(width_);
			const text = texts[ic] ?? '';
			const denominator = denominators.has(text);
			const ind = match(text) ?? (denominator ? text : null);
			if (!ind) {
				const code = text === '' ? 'missing-indicator' : 'unknown-indicator';
				issues.push(issue(code, { row: line, col: letter(ic) }, { text }));
				continue;
			}
			units.push(unitRef(texts, line));
			cells.push({
				unit: units.length - 1,
				indicator: ind,
				...(denominator && ind === text ? { denominator: true as const } : {}),
				cell: row[vc] ?? '',
				row: line,
				col: letter(vc),
				header: headers[vc]
			});
		}
	} else {
		const ic = header.indicatorCol;
		const unitCols: number[] = [];
		headers.forEach((h, c) => {
			if (roles[c] !== null) return;
			if (h === '') emptyHeader(c);
			else {
				unitCols.push(c);
				units.push({ code: h, row: headerLine, col: letter(c) });
			}
		});
		const first = new Map<string, number>();
		for (const { row, texts, line } of data) {
			const width_ = checkWidth(grid, row, texts, width, line);
			if (width_) issues.push(width_);
			const text = texts[ic] ?? '';
			const denominator = denominators.has(text);
			const ind = match(text) ?? (denominator ? text : null);
			if (!ind) {
				const code = text === '' ? 'missing-indicator' : 'unknown-indicator';
				issues.push(issue(code, { row: line, col: letter(ic) }, { text }));
				continue;
			}
			const seen = first.get(ind);
			if (seen !== undefined) {
				issues.push(
					issue(
						'duplicate-indicator',
						{ row: line, col: letter(ic) },
						{ header: ind, first: `${letter(ic)}${seen}` }
					)
				);
				continue;
			}
			first.set(ind, line);
			unitCols.forEach((c, k) =>
				cells.push({
					unit: k,
					indicator: ind,
					...(denominator && ind === text ? { denominator: true as const } : {}),
					cell: row[c] ?? '',
					row: line,
					col: letter(c),
					header: headers[c]
				})
			);
		}
	}
	if (data.length === 0) issues.push(issue('no-data-rows', { row: headerLine }));
	return layout;
}
