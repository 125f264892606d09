// What a file's bytes are before anything is parsed: UTF-8 text (BOM or not), a spreadsheet (xlsx
// or xls, for SheetJS), or refused with a precise reason (too large, empty, UTF-16, legacy encoding,
// binary, HTML, a BOM in the middle).
import { issue, type ImportIssue } from './import-issues';

/** The app refuses files above 20 MB (a 63 × 52 workbook is about 100 KB). */
export const APP_MAX_BYTES = 20 * 1024 * 1024;

export type Sniffed =
	| { kind: 'text'; text: string }
	| { kind: 'spreadsheet' }
	| { kind: 'refused'; issue: ImportIssue };

const MAGIC: { bytes: number[]; kind: string | 'spreadsheet' }[] = [
	{ bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'spreadsheet' },
	{ bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], kind: 'spreadsheet' },
	{ bytes: [0x25, 0x50, 0x44, 0x46], kind: 'PDF' },
	{ bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'PNG image' },
	{ bytes: [0xff, 0xd8, 0xff], kind: 'JPEG image' },
	{ bytes: [0x47, 0x49, 0x46, 0x38], kind: 'GIF image' },
	{ bytes: [0x1f, 0x8b], kind: 'gzip archive' },
	{ bytes: [0x52, 0x61, 0x72, 0x21], kind: 'RAR archive' },
	{ bytes: [0x37, 0x7a, 0xbc, 0xaf], kind: '7z archive' }
];

const startsWith = (b: Uint8Array, magic: number[]) => magic.every((m, i) => b[i] === m);

const refuse = (i: ImportIssue): Sniffed => ({ kind: 'refused', issue: i });

/** Share of NUL bytes at even and odd offsets among the first 4 KB. */
function nulShares(b: Uint8Array): { even: number; odd: number; any: boolean } {
	const n = Math.min(b.length, 4096);
	let even = 0;
	let odd = 0;
	for (let i = 0; i < n; i++) {
		if (b[i] !== 0) continue;
		if (i % 2) odd++;
		else even++;
	}
	return { even: even / Math.max(1, n / 2), odd: odd / Math.max(1, n / 2), any: even + odd > 0 };
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** A too-large refusal for a file of `size` bytes, checked before the file is even read. */
export function sizeIssue(size: number, maxBytes = APP_MAX_BYTES): ImportIssue | null {
	if (size <= maxBytes) return null;
	return issue(
		'too-large',
		{},
		{ size: (size / 2 ** 20).toFixed(1), limit: String(maxBytes / 2 ** 20) }
	);
}

export function sniffBytes(bytes: Uint8Array, maxBytes = APP_MAX_BYTES): Sniffed {
	const large = sizeIssue(bytes.length, maxBytes);
	if (large) return refuse(large);
	if (bytes.length === 0) return refuse(issue('empty-file'));
	if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff]))
		return refuse(issue('encoding-utf16'));
	for (const m of MAGIC)
		if (startsWith(bytes, m.bytes))
			return m.kind === 'spreadsheet'
				? { kind: 'spreadsheet' }
				: refuse(issue('binary-file', {}, { kind: m.kind }));
	const nul = nulShares(bytes);
	if (nul.even > 0.3 || nul.odd > 0.3) return refuse(issue('encoding-utf16'));
	if (nul.any) return refuse(issue('binary-file', {}, { kind: 'binary data' }));
	const hasBom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
	const body = hasBom ? bytes.subarray(3) : bytes;
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(body);
	} catch {
		const loose = new TextDecoder('utf-8').decode(body);
		const at = loose.indexOf('\ufffd');
		const offset = new TextEncoder().encode(loose.slice(0, at)).length;
		return refuse(
			issue(
				'encoding-legacy',
				{ row: lineAt(loose, at) },
				{
					byte: `0x${body[offset].toString(16).toUpperCase().padStart(2, '0')}`,
					line: String(lineAt(loose, at))
				}
			)
		);
	}
	if (text.trim() === '') return refuse(issue('empty-file'));
	if (/^\s*<(!doctype\s+html|html|head|body|table|\?xml|script)/i.test(text))
		return refuse(issue('html-file'));
	const bom = text.indexOf('\ufeff');
	if (bom >= 0) return refuse(issue('bom-inside', { row: lineAt(text, bom) }));
	return { kind: 'text', text };
}
