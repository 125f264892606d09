// Fitting labels into SVG charts without measuring text: an average letter width is enough for
// cutting a name to a width with an ellipsis.

/** `text` cut to about `px` pixels at `letter` pixels a character, with "…" when cut. */
export function clipText(text: string, px: number, letter = 5.6): string {
	const max = Math.floor(px / letter);
	return text.length > max ? `${text.slice(0, Math.max(1, max - 1)).trimEnd()}…` : text;
}
