// Framework files: COINr iMeta names, Excel-VN CSV with decimal-comma weights, XLSX with an iMeta
// sheet, errors located by row and column; export then import gives the same framework.
import { describe, expect, it } from 'vitest';
import { compileTree } from '../model/tree';
import { PRESETS, writeCsv } from './csv-write';
import { frameworkRows, readFrameworkBytes } from './framework-file';
import { tablesXlsx } from './xlsx-write';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('readFrameworkBytes', () => {
	it("reads COINr's iMeta columns", async () => {
		const r = await readFrameworkBytes(
			bytes(
				'iCode,Parent,iName,Weight,Direction,Level,Type\nIDX,,Index,1,,2,Aggregate\nx,IDX,X,1,1,1,Indicator\ny,IDX,Y,0.5,-1,1,Indicator\n'
			)
		);
		expect(r.ok && r.framework.nodes.map((n) => [n.code, n.weight, n.direction])).toEqual([
			['IDX', 1, 1],
			['x', 1, 1],
			['y', 0.5, -1]
		]);
	});
	it('reads ";" with decimal-comma weights', async () => {
		const r = await readFrameworkBytes(
			bytes('code;parent;name_vi;weight;direction\r\nR;;Gốc;1;\r\na;R;A;0,25;1\r\n')
		);
		expect(r.ok && r.framework.nodes[1].weight).toBe(0.25);
	});
	it('reads the iMeta sheet of a workbook', async () => {
		const book = await tablesXlsx([
			{ name: 'Data', rows: [['uCode'], ['A']] },
			{
				name: 'iMeta',
				rows: [
					['iCode', 'Parent', 'iName', 'Weight', 'Direction'],
					['R', null, 'R', 1, null],
					['a', 'R', 'A', 2, 1]
				]
			}
		]);
		const r = await readFrameworkBytes(book);
		expect(r.ok && r.detected.sheet).toBe('iMeta');
	});
	it('locates problems by row and column', async () => {
		const r = await readFrameworkBytes(
			bytes('code,parent,name_en,weight,direction\nR,,Root,1,\na,R,A,abc,1\n')
		);
		expect(!r.ok && r.issues[0]).toMatchObject({
			code: 'framework',
			row: 3,
			col: 'D',
			params: { header: 'weight' }
		});
	});
});

describe('frameworkRows', () => {
	it('export → import gives the same framework, with the weights as they stand', async () => {
		const src = await readFrameworkBytes(
			bytes(
				'code,parent,name_vi,name_en,weight,direction,unit\nR,,Gốc,Root,1,,\na,R,Á,A,1,1,%\nb,R,B,B,1,-1,\n'
			)
		);
		if (!src.ok) throw new Error('fixture');
		const tree = compileTree(src.framework);
		const weights = Float64Array.from([1, 0.1 + 0.2, 2]);
		const text = writeCsv(
			frameworkRows(src.framework, tree, weights, Int8Array.from([1, 1, -1])),
			PRESETS['excel-vn']
		);
		const back = await readFrameworkBytes(bytes(text));
		expect(back.ok && back.framework.nodes).toEqual(
			src.framework.nodes.map((n, i) => ({ ...n, weight: weights[i] }))
		);
	});
});
