// Saving a chart as SVG or PNG: the chart's SVG cloned with its computed styles written inline (so
// it looks the same outside the page), serialised, and for PNG drawn onto a canvas at 2×.

/** Presentation properties copied from the computed style onto each exported element. */
export const EXPORTED_STYLES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linejoin',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'font-variant-numeric',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'visibility',
	'display'
] as const;

export interface StyledNode {
	readonly children: ArrayLike<StyledNode>;
}

export interface WritableNode {
	readonly children: ArrayLike<WritableNode>;
	setAttribute(name: string, value: string): void;
}

export type StyleReader = (node: StyledNode) => { getPropertyValue(name: string): string };

/** Write each source element's computed presentation styles as a style attribute on its clone. */
export function inlineStyles(source: StyledNode, target: WritableNode, read: StyleReader): void {
	const style = read(source);
	const decl = EXPORTED_STYLES.map((p) => [p, style.getPropertyValue(p)] as const)
		.filter(([, v]) => v !== '')
		.map(([p, v]) => `${p}:${v}`)
		.join(';');
	if (decl) target.setAttribute('style', decl);
	for (let i = 0; i < source.children.length; i++) {
		const s = source.children[i];
		const t = target.children[i];
		if (s && t) inlineStyles(s, t, read);
	}
}

/** A file name from a chart title: no diacritics (đ → d), lower case, words joined by "-". */
export function exportFileName(title: string, extension: 'svg' | 'png'): string {
	const slug = title
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[đĐ]/g, 'd')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80);
	return `${slug || 'chart'}.${extension}`;
}

/** Standalone SVG markup of a chart on a white background, styles inlined. */
export function svgMarkup(svg: SVGSVGElement): { markup: string; width: number; height: number } {
	const box = svg.getBoundingClientRect();
	const width = Math.ceil(box.width) || Number(svg.getAttribute('width')) || 600;
	const clone = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, clone, (node) => getComputedStyle(node as Element));
	if (!clone.getAttribute('viewBox'))
		clone.setAttribute('viewBox', `0 0 ${width} ${Math.ceil(box.height) || 400}`);
	const [vx, vy, vw, vh] = (clone.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
	// The image keeps the chart's own proportions, whatever box the page gave it.
	const height = Math.round((width * vh) / vw);
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
	for (const [k, v] of Object.entries({ x: vx, y: vy, width: vw, height: vh }))
		bg.setAttribute(k, String(v));
	bg.setAttribute('fill', '#ffffff');
	clone.insertBefore(bg, clone.firstChild);
	return { markup: new XMLSerializer().serializeToString(clone), width, height };
}

/** PNG of SVG markup at `scale` × its size (drawn through an image and a canvas). */
export async function pngBlob(
	markup: string,
	width: number,
	height: number,
	scale = 2
): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const img = new Image();
		img.decoding = 'sync';
		await new Promise<void>((resolve, reject) => {
			img.onload = () => resolve();
			img.onerror = () => reject(new Error('svg image failed to load'));
			img.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('no canvas');
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('no png'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

/** Offer a blob as a download under `name`. */
export function download(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
