// Colour scales for maps and charts, safe for colour-blind readers: viridis (sequential, high =
// dark) for scores and ranks, purple–orange (diverging) for changes; "nice" domains and ticks.

/** Viridis, light (yellow) to dark (purple): a higher value is drawn darker. */
export const VIRIDIS_LIGHT_TO_DARK = [
	'#fde725',
	'#b5de2b',
	'#6ece58',
	'#35b779',
	'#1f9e89',
	'#26828e',
	'#31688e',
	'#3e4989',
	'#482878',
	'#440154'
];

/** Purple–orange (ColorBrewer PuOr): orange = worse, grey-white = no change, purple = better. */
export const PURPLE_ORANGE = [
	'#b35806',
	'#e08214',
	'#fdb863',
	'#fee0b6',
	'#f7f7f7',
	'#d8daeb',
	'#b2abd2',
	'#8073ac',
	'#542788'
];

/** Fill of a shape or mark without a value. */
export const MISSING_COLOR = '#d5d9dc';

function rgb(hex: string): [number, number, number] {
	const n = parseInt(hex.slice(1), 16);
	return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

const hex2 = (v: number) => Math.round(v).toString(16).padStart(2, '0');

/** Colour at t ∈ [0, 1] along the stops (linear in sRGB), t clamped. */
export function interpolate(stops: readonly string[], t: number): string {
	const x = Math.max(0, Math.min(1, Number.isFinite(t) ? t : 0)) * (stops.length - 1);
	const i = Math.min(stops.length - 2, Math.floor(x));
	const f = x - i;
	const a = rgb(stops[i]);
	const b = rgb(stops[i + 1]);
	return `#${a.map((v, k) => hex2(v + (b[k] - v) * f)).join('')}`;
}

/** Relative luminance (WCAG) of a hex colour. */
export function luminance(hex: string): number {
	const [r, g, b] = rgb(hex).map((v) => {
		const c = v / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Black or white, whichever reads better on `background`. */
export function inkOn(background: string): string {
	return luminance(background) > 0.2 ? '#1f2a30' : '#ffffff';
}

/** A step of 1, 2 or 5 × 10^k giving about `count` intervals over `span`. */
export function niceStep(span: number, count = 5): number {
	if (!(span > 0)) return 1;
	const raw = span / count;
	const mag = 10 ** Math.floor(Math.log10(raw));
	const f = raw / mag;
	return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
}

/** [min, max] of the finite values widened to multiples of a nice step; [0, 1] when none. */
export function niceDomain(values: ArrayLike<number>, count = 5): [number, number] {
	let lo = Infinity;
	let hi = -Infinity;
	for (let i = 0; i < values.length; i++) {
		const v = values[i];
		if (!Number.isFinite(v)) continue;
		if (v < lo) lo = v;
		if (v > hi) hi = v;
	}
	if (lo > hi) return [0, 1];
	if (lo === hi) return [lo - 1, hi + 1];
	const step = niceStep(hi - lo, count);
	return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}

/** Tick values from the start to the end of a domain, on the nice step. */
export function ticks([lo, hi]: [number, number], count = 5): number[] {
	const step = niceStep(hi - lo, count);
	const out: number[] = [];
	for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step)
		out.push(Math.round(v / step) * step);
	return out;
}

export interface ColorScale {
	kind: 'sequential' | 'diverging';
	domain: [number, number];
	/** true when the low end of the domain is the dark end (e.g. rank 1 is best). */
	reversed: boolean;
	color: (v: number) => string;
	ticks: number[];
}

/** Viridis over the nice domain of `values`; `reversed` makes low values dark (ranks). */
export function sequentialScale(
	values: ArrayLike<number>,
	options: { reversed?: boolean; domain?: [number, number] } = {}
): ColorScale {
	const domain = options.domain ?? niceDomain(values);
	const [lo, hi] = domain;
	const reversed = options.reversed ?? false;
	return {
		kind: 'sequential',
		domain,
		reversed,
		color: (v) => {
			if (!Number.isFinite(v)) return MISSING_COLOR;
			const t = (v - lo) / (hi - lo || 1);
			return interpolate(VIRIDIS_LIGHT_TO_DARK, reversed ? 1 - t : t);
		},
		ticks: ticks(domain)
	};
}

/** Purple–orange, symmetric around 0 over the largest absolute value (at least `minExtent`), √-spaced. */
export function divergingScale(values: ArrayLike<number>, minExtent = 1): ColorScale {
	let m = minExtent;
	for (let i = 0; i < values.length; i++)
		if (Number.isFinite(values[i])) m = Math.max(m, Math.abs(values[i]));
	const extent = Math.ceil(m);
	const domain: [number, number] = [-extent, extent];
	return {
		kind: 'diverging',
		domain,
		reversed: false,
		// Square-root spacing: a move of one or two places stays visible next to a large one.
		color: (v) => {
			if (!Number.isFinite(v)) return MISSING_COLOR;
			const t = Math.sign(v) * Math.sqrt(Math.min(1, Math.abs(v) / extent));
			return interpolate(PURPLE_ORANGE, (t + 1) / 2);
		},
		ticks: ticks(domain, 4).filter((t) => Number.isInteger(t))
	};
}
