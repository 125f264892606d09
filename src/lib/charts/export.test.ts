import { describe, expect, it } from 'vitest';
import { exportFileName, inlineStyles, type WritableNode } from './export';

interface Fake extends WritableNode {
	name: string;
	children: Fake[];
	attrs: Record<string, string>;
}

const fake = (name: string, children: Fake[] = []): Fake => ({
	name,
	children,
	attrs: {},
	setAttribute(k: string, v: string) {
		this.attrs[k] = v;
	}
});

describe('inlineStyles', () => {
	it('copies the computed presentation styles of every element onto its clone', () => {
		const source = fake('svg', [fake('rect'), fake('g', [fake('text')])]);
		const target = fake('svg', [fake('rect'), fake('g', [fake('text')])]);
		const styles: Record<string, Record<string, string>> = {
			svg: { 'font-size': '11px' },
			rect: { fill: 'rgb(11, 93, 59)', stroke: '', width: '10px' },
			g: {},
			text: { 'text-anchor': 'end', fill: 'rgb(0, 0, 0)' }
		};
		inlineStyles(source, target, (n) => ({
			getPropertyValue: (p) => styles[(n as Fake).name][p] ?? ''
		}));
		expect(target.attrs.style).toBe('font-size:11px');
		expect(target.children[0].attrs.style).toBe('fill:rgb(11, 93, 59)');
		expect(target.children[1].attrs.style).toBeUndefined();
		expect(target.children[1].children[0].attrs.style).toBe('fill:rgb(0, 0, 0);text-anchor:end');
	});
});

describe('exportFileName', () => {
	it('makes a plain file name from a Vietnamese title', () => {
		expect(exportFileName('Thay đổi hạng: Đà Nẵng', 'png')).toBe('thay-doi-hang-da-nang.png');
		expect(exportFileName('Rank change (PII)', 'svg')).toBe('rank-change-pii.svg');
		expect(exportFileName('…', 'svg')).toBe('chart.svg');
	});
});
