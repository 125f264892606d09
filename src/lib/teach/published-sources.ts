// The sources of the published PII scores (published-scores.csv): for each edition, every source
// address once with the provinces it reports, for the about page's list of references.
import { parseCsvText } from '../io/csv';

export interface PublishedSource {
	url: string;
	host: string;
	/** Provinces (Vietnamese and English names) whose published score the source reports. */
	provinces: { vi: string; en: string }[];
}

export interface EditionSources {
	edition: string;
	/** Number of published scores of the edition in the file. */
	scores: number;
	/** How many of them are marked other than "reported" (derived, conflict, uncertain). */
	flagged: number;
	sources: PublishedSource[];
}

function host(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}

/** Sources per edition (editions ascending, sources in order of first mention). */
export function publishedSources(csv: string): EditionSources[] {
	const { headers, rows } = parseCsvText(csv);
	const col = (name: string) => headers.indexOf(name);
	const [edition, vi, en, confidence, source] = [
		'edition',
		'province_vi',
		'province_en',
		'confidence',
		'source'
	].map(col);
	const editions = new Map<string, EditionSources>();
	for (const r of rows) {
		let e = editions.get(r[edition]);
		if (!e)
			editions.set(r[edition], (e = { edition: r[edition], scores: 0, flagged: 0, sources: [] }));
		e.scores += 1;
		if (r[confidence] && r[confidence] !== 'reported') e.flagged += 1;
		for (const url of (r[source] ?? '').split(/\s*;\s*/).filter((u) => /^https?:\/\//.test(u))) {
			let s = e.sources.find((x) => x.url === url);
			if (!s) e.sources.push((s = { url, host: host(url), provinces: [] }));
			if (!s.provinces.some((p) => p.vi === r[vi])) s.provinces.push({ vi: r[vi], en: r[en] });
		}
	}
	return [...editions.values()].sort((a, b) => a.edition.localeCompare(b.edition));
}
