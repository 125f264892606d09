// Tab-separated blocks as Excel and Google Sheets put them on the clipboard, both ways.

/** Split clipboard text into rows of cells; quoted cells may hold tabs, newlines and "" quotes. */
export function parseTsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let i = 0;
	const t = text.replace(/\r\n?/g, '\n');
	let quoted = false;
	while (i < t.length) {
		const ch = t[i];
		if (quoted) {
			if (ch === '"' && t[i + 1] === '"') {
				cell += '"';
				i += 2;
				continue;
			}
			if (ch === '"') quoted = false;
			else cell += ch;
			i++;
			continue;
		}
		if (ch === '"' && cell === '') quoted = true;
		else if (ch === '\t') {
			row.push(cell);
			cell = '';
		} else if (ch === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
		} else cell += ch;
		i++;
	}
	if (cell !== '' || row.length) {
		row.push(cell);
		rows.push(row);
	}
	return rows;
}

/** Rows of cell texts → clipboard text (cells with tabs, newlines or quotes are quoted). */
export function formatTsv(rows: string[][]): string {
	const quote = (c: string) => (/[\t\n\r"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
	return rows.map((r) => r.map(quote).join('\t')).join('\r\n');
}
