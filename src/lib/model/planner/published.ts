// Published PII scores (published-scores.csv) by edition, with their sources, for comparing a
// computed score with what was announced.
import { parseCsvText } from '../../io/csv';
import { parsePlainNumber } from '../dataset';

export interface PublishedScore {
	edition: string;
	nameVi: string;
	nameEn: string;
	rank: number;
	score: number;
	confidence: string;
	/** Source addresses, as listed (first = main). */
	sources: string[];
}

export function readPublishedScores(csv: string, edition?: string): PublishedScore[] {
	const { headers, rows } = parseCsvText(csv);
	const col = (name: string) => headers.indexOf(name);
	const get = (r: string[], name: string) => (r[col(name)] ?? '').trim();
	const num = (text: string) => parsePlainNumber(text) ?? NaN;
	return rows
		.map((r) => ({
			edition: get(r, 'edition'),
			nameVi: get(r, 'province_vi'),
			nameEn: get(r, 'province_en'),
			rank: num(get(r, 'rank')),
			score: num(get(r, 'pii_score')),
			confidence: get(r, 'confidence'),
			sources: get(r, 'source')
				.split(/\s;\s|\s+/)
				.filter((s) => s.startsWith('http'))
		}))
		.filter((p) => edition === undefined || p.edition === edition);
}
