// Joining the shapes of a boundary file to the units of the dataset by their two-digit code. A
// map only fits data of the same edition (same number of units): the 34 merged units reuse codes
// of 63-unit provinces, so matching codes across editions would colour the wrong areas.

export interface Join {
	/** Unit (dataset row) of each shape code that has one. */
	unitOf: Map<string, number>;
	/** The data and the map are of the same edition. */
	compatible: boolean;
	/** Units without a shape on the map. */
	unmatched: number[];
}

export function joinUnits(shapeCodes: readonly string[], unitCodes: readonly string[]): Join {
	const compatible = shapeCodes.length === unitCodes.length;
	const shapes = new Set(shapeCodes);
	const unitOf = new Map<string, number>();
	const unmatched: number[] = [];
	unitCodes.forEach((code, u) => {
		if (compatible && shapes.has(code)) unitOf.set(code, u);
		else unmatched.push(u);
	});
	return { unitOf, compatible, unmatched };
}
