// The province boundary files (63 units until June 2025, 34 since July 2025) turned into SVG
// shapes: one path per province, the two archipelagos at their true position, fitted together.
import { bounds, centroid, fitMercator, polygonsPath } from './projection';
import { decodeArcs, features, type Feature, type Position, type Topology } from './topojson';

export type Edition = 63 | 34;
export const EDITIONS: Edition[] = [63, 34];

export interface MapShape {
	/** Two-digit statistical code, the key that joins a shape to a unit of the dataset. */
	code: string;
	nameVi: string;
	nameEn: string;
	d: string;
	centroid: Position;
	/** Projected extent [x0, y0, x1, y1]. */
	box: [number, number, number, number];
}

export interface MapModel {
	edition: Edition;
	width: number;
	height: number;
	provinces: MapShape[];
	/** Hoàng Sa and Trường Sa, coded with the province that administers them (48, 56). */
	islands: MapShape[];
	/** Where to write the name of the sea (open water between the archipelagos). */
	sea: Position;
}

/** Shapes of both objects in one Mercator frame `width` wide (height follows from the extent). */
export function buildMap(topology: Topology, edition: Edition, width = 520, pad = 6): MapModel {
	const arcs = decodeArcs(topology);
	const provinces = features(topology, 'provinces', arcs);
	const islands = features(topology, 'archipelagos', arcs);
	const all = [...provinces, ...islands].flatMap((f) => f.polygons);
	const fit = fitMercator(bounds(all), width, pad);
	const box = (f: Feature): MapShape['box'] => {
		const [sw, ne] = bounds(f.polygons);
		const [x0, y1] = fit.project(sw);
		const [x1, y0] = fit.project(ne);
		return [x0, y0, x1, y1];
	};
	const shape = (f: Feature): MapShape => ({
		code: String(f.properties.code ?? f.id),
		nameVi: String(f.properties.name_vi ?? f.id),
		nameEn: String(f.properties.name_en ?? f.id),
		d: polygonsPath(f.polygons, fit.project),
		centroid: centroid(f.polygons, fit.project),
		box: box(f)
	});
	return {
		edition,
		width,
		height: Math.ceil(fit.height),
		provinces: provinces.map(shape),
		islands: islands.map(shape),
		sea: fit.project([112.6, 13.4])
	};
}

const cache = new Map<Edition, Promise<MapModel>>();

/** Fetch (from `url`) and build one edition's map once per session; a failed fetch may be retried. */
export function loadMap(edition: Edition, url: string): Promise<MapModel> {
	let pending = cache.get(edition);
	if (!pending) {
		pending = fetch(url)
			.then((r) => {
				if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
				return r.json() as Promise<Topology>;
			})
			.then((topology) => buildMap(topology, edition));
		pending.catch(() => cache.delete(edition));
		cache.set(edition, pending);
	}
	return pending;
}
