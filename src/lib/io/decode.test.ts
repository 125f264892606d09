// What the bytes of a file are: UTF-8 with or without BOM, a spreadsheet, or refused with a reason.
import { describe, expect, it } from 'vitest';
import { sizeIssue, sniffBytes } from './decode';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('sniffBytes', () => {
	it('strips a UTF-8 BOM and keeps CRLF and Vietnamese text', () => {
		expect(sniffBytes(utf8('\ufeffcode;name\r\n01;Hà Nội\r\n'))).toEqual({
			kind: 'text',
			text: 'code;name\r\n01;Hà Nội\r\n'
		});
		expect(sniffBytes(utf8('code,name\n'))).toEqual({ kind: 'text', text: 'code,name\n' });
	});
	it('hands zip and OLE files to the spreadsheet reader', () => {
		expect(sniffBytes(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0]))).toEqual({ kind: 'spreadsheet' });
		expect(sniffBytes(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toEqual({
			kind: 'spreadsheet'
		});
	});
	it('names the line of the first byte that is not UTF-8', () => {
		const bytes = Uint8Array.from([...utf8('code,name\n01,'), 0xd2, 0x0a]);
		const r = sniffBytes(bytes);
		expect(r.kind === 'refused' && r.issue).toMatchObject({
			code: 'encoding-legacy',
			row: 2,
			params: { byte: '0xD2', line: '2' }
		});
	});
	it('refuses a file over the limit before looking at it', () => {
		const r = sniffBytes(new Uint8Array(11), 10);
		expect(r.kind === 'refused' && r.issue.code).toBe('too-large');
		expect(sizeIssue(21 * 2 ** 20)?.params).toEqual({ size: '21.0', limit: '20' });
		expect(sizeIssue(1000)).toBeNull();
	});
	it('finds a BOM in the middle and its line', () => {
		const r = sniffBytes(utf8('\ufeffa,b\n1,2\n\ufeffa,b\n'));
		expect(r.kind === 'refused' && r.issue).toMatchObject({ code: 'bom-inside', row: 3 });
	});
});
