// A larger synthetic dataset made from a base one (for speed checks at 700 units): each new unit is a
// base unit with every value scaled by seeded noise of ±20 %.
import { parseCsvText } from '../io/csv';
import { seededRandom } from '../model/random';

export function syntheticCsv(baseCsv: string, units: number, seed = 1): string {
	const { headers, rows } = parseCsvText(baseCsv);
	const rnd = seededRandom(seed);
	const lower = headers.map((h) => h.toLowerCase());
	const meta = new Set(['code', 'name', 'region'].map((m) => lower.indexOf(m)));
	const out = [headers.join(',')];
	for (let u = 0; u < units; u++) {
		const base = rows[u % rows.length];
		const cells = base.map((cell, c) => {
			if (lower[c] === 'code') return `S${String(u + 1).padStart(4, '0')}`;
			if (lower[c] === 'name') return `${cell.replace(/,/g, ' ')} #${u + 1}`;
			if (meta.has(c) || cell.trim() === '') return cell;
			return String(Number(cell) * (0.8 + 0.4 * rnd()));
		});
		out.push(cells.join(','));
	}
	return `${out.join('\n')}\n`;
}
