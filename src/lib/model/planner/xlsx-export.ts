// The action plan as an XLSX workbook, with SheetJS loaded only when asked for; null when the
// library is not available in this installation (CSV remains).

export async function tableXlsx(
	table: { header: string[]; rows: (string | number)[][] },
	sheetName: string
): Promise<Uint8Array | null> {
	let XLSX: typeof import('@e965/xlsx');
	try {
		XLSX = await import('@e965/xlsx');
	} catch {
		return null;
	}
	const sheet = XLSX.utils.aoa_to_sheet([table.header, ...table.rows]);
	sheet['!cols'] = table.header.map((_, c) => ({ wch: c === 2 ? 48 : c === 0 ? 28 : 14 }));
	const book = XLSX.utils.book_new();
	XLSX.utils.book_append_sheet(book, sheet, sheetName.slice(0, 31));
	return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
}
