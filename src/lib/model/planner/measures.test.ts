// Units of measure: every PII unit has a Vietnamese text.
import { describe, expect, it } from 'vitest';
import { measureText } from './measures';
import { piiModel } from './testing';

describe('units of measure', () => {
	it('every unit of the PII framework has a Vietnamese text; English stays as written', () => {
		const { tree } = piiModel();
		for (const i of tree.indicators) {
			const unit = tree.nodes[i].unit;
			if (unit && unit !== '%') expect(measureText(unit, 'vi')).not.toBe(unit);
			expect(measureText(unit, 'en')).toBe(unit ?? '');
		}
		expect(measureText('per 10,000 population', 'vi')).toBe('/10.000 dân');
		expect(measureText('something new', 'vi')).toBe('something new');
	});
});
