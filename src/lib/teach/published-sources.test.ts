import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedSources } from './published-sources';

const csv = `edition,units_in_edition,province_vi,province_en,rank,pii_score,confidence,source
2023,63,Hà Nội,Hanoi,1,62.86,reported,https://www.a.vn/x ; https://b.vn/y
2023,63,Hải Phòng,Hai Phong,3,52.32,derived,https://b.vn/y
2025,34,Hà Nội,Hanoi,1,65.68,reported,not a link
`;

describe('publishedSources', () => {
	it('lists each source once per edition with the provinces it reports', () => {
		const [e2023, e2025] = publishedSources(csv);
		expect(e2023.edition).toBe('2023');
		expect(e2023.scores).toBe(2);
		expect(e2023.flagged).toBe(1);
		expect(e2023.sources.map((s) => s.host)).toEqual(['a.vn', 'b.vn']);
		expect(e2023.sources[1].provinces.map((p) => p.en)).toEqual(['Hanoi', 'Hai Phong']);
		expect(e2025.sources).toEqual([]);
	});

	it('reads the bundled file: three editions, every source a web address', () => {
		const text = readFileSync(new URL('../data/published-scores.csv', import.meta.url), 'utf8');
		const editions = publishedSources(text);
		expect(editions.map((e) => e.edition)).toEqual(['2023', '2024', '2025']);
		expect(editions.reduce((n, e) => n + e.scores, 0)).toBe(55);
		for (const e of editions) {
			expect(e.sources.length).toBeGreaterThan(0);
			for (const s of e.sources) expect(s.url).toMatch(/^https?:\/\//);
		}
	});
});
