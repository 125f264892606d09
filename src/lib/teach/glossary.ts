// The glossary's terms (their texts live in messages/learn.ts as glossTerm_<id> / glossDef_<id>) and
// the inline markup "[[id|label]]" by which a translated sentence links a term to its definition.

export const GLOSSARY_IDS = [
	'pii',
	'compositeIndex',
	'subIndex',
	'input',
	'output',
	'pillar',
	'subPillar',
	'indicator',
	'rawValue',
	'normalisation',
	'minMax',
	'direction',
	'weight',
	'renormalise',
	'weightedMean',
	'aggregation',
	'rank',
	'competitionRanking',
	'missing',
	'constantIndicator',
	'contribution',
	'median',
	'region',
	'baseline',
	'scenario',
	'efficiency',
	'edition',
	'illustrativeData',
	'outlier',
	'workbook',
	'cell',
	'formula',
	'namedCell',
	'precedent',
	'dependent',
	'choropleth'
] as const;

export type GlossaryId = (typeof GLOSSARY_IDS)[number];

const IDS = new Set<string>(GLOSSARY_IDS);

export function isGlossaryId(id: string): id is GlossaryId {
	return IDS.has(id);
}

export type GlossaryPiece =
	{ kind: 'text'; text: string } | { kind: 'term'; id: GlossaryId; label?: string };

/**
 * Split a sentence into text and glossary links: "[[normalisation|chuẩn hóa]]" links the label,
 * "[[weight]]" shows the term itself. Unknown ids stay as their label (or id) in plain text.
 */
export function parseGlossaryMarkup(text: string): GlossaryPiece[] {
	const pieces: GlossaryPiece[] = [];
	const push = (t: string) => {
		if (!t) return;
		const last = pieces[pieces.length - 1];
		if (last?.kind === 'text') last.text += t;
		else pieces.push({ kind: 'text', text: t });
	};
	let at = 0;
	for (const m of text.matchAll(/\[\[([A-Za-z]+)(?:\|([^\]]+))?\]\]/g)) {
		push(text.slice(at, m.index));
		at = (m.index ?? 0) + m[0].length;
		const [, id, label] = m;
		if (isGlossaryId(id)) pieces.push(label ? { kind: 'term', id, label } : { kind: 'term', id });
		else push(label ?? id);
	}
	push(text.slice(at));
	return pieces;
}

/** The sentence without markup (labels kept), e.g. for an accessible description. */
export function plainText(text: string): string {
	return parseGlossaryMarkup(text)
		.map((p) => (p.kind === 'text' ? p.text : (p.label ?? p.id)))
		.join('');
}
