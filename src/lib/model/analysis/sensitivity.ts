// Variance-based sensitivity: Saltelli's sample design (matrices A, B and A with the columns of one
// factor taken from B) and Jansen's estimators of first-order and total indices per factor.

export interface SensitivityIndices {
	/** Variance of the output over the A and B samples. */
	variance: number;
	/** Per factor: first-order index Sᵢ (share of variance from the factor alone). */
	first: number[];
	/** Per factor: total index STᵢ (the factor with all its interactions). */
	total: number[];
}

/**
 * Jansen's estimators from f(A), f(B) and f(A_B⁽ⁱ⁾) per factor i, each of N values:
 * Vᵢ = V − ½·mean((f(B) − f(A_B⁽ⁱ⁾))²), STᵢ = ½·mean((f(A) − f(A_B⁽ⁱ⁾))²) / V.
 * A constant output (V = 0) has no indices: NaN.
 */
export function jansenIndices(
	fA: ArrayLike<number>,
	fB: ArrayLike<number>,
	fAB: ArrayLike<number>[]
): SensitivityIndices {
	const n = fA.length;
	let sum = 0;
	for (let j = 0; j < n; j++) sum += fA[j] + fB[j];
	const mean = sum / (2 * n);
	let ss = 0;
	for (let j = 0; j < n; j++) ss += (fA[j] - mean) ** 2 + (fB[j] - mean) ** 2;
	const variance = n > 0 ? ss / (2 * n) : NaN;
	const first: number[] = [];
	const total: number[] = [];
	for (const fi of fAB) {
		let dB = 0;
		let dA = 0;
		for (let j = 0; j < n; j++) {
			dB += (fB[j] - fi[j]) ** 2;
			dA += (fA[j] - fi[j]) ** 2;
		}
		first.push(variance > 0 ? (variance - dB / (2 * n)) / variance : NaN);
		total.push(variance > 0 ? dA / (2 * n) / variance : NaN);
	}
	return { variance, first, total };
}

/**
 * Indices of a vector output (one value per unit) as shares of the summed variance: each unit's
 * indices weighted by its variance. Units whose output never varies add nothing.
 */
export function pooledIndices(perUnit: SensitivityIndices[], factors: number): SensitivityIndices {
	let variance = 0;
	const first = new Array<number>(factors).fill(0);
	const total = new Array<number>(factors).fill(0);
	for (const s of perUnit) {
		if (!(s.variance > 0)) continue;
		variance += s.variance;
		for (let i = 0; i < factors; i++) {
			first[i] += s.first[i] * s.variance;
			total[i] += s.total[i] * s.variance;
		}
	}
	const share = (x: number) => (variance > 0 ? x / variance : NaN);
	return { variance, first: first.map(share), total: total.map(share) };
}

/**
 * Saltelli's design for `dims` inputs grouped into factors: the rows of A and B (uniform [0, 1)),
 * and for a row and a factor the row of A with that factor's inputs from B.
 */
export function saltelliDesign(n: number, dims: number, random: () => number) {
	const a = new Float64Array(n * dims);
	const b = new Float64Array(n * dims);
	for (let j = 0; j < n; j++)
		for (let d = 0; d < dims; d++) {
			a[j * dims + d] = random();
			b[j * dims + d] = random();
		}
	return {
		rowA: (j: number, out: Float64Array) => out.set(a.subarray(j * dims, (j + 1) * dims)),
		rowB: (j: number, out: Float64Array) => out.set(b.subarray(j * dims, (j + 1) * dims)),
		rowAB: (j: number, factorDims: readonly number[], out: Float64Array) => {
			out.set(a.subarray(j * dims, (j + 1) * dims));
			for (const d of factorDims) out[d] = b[j * dims + d];
		}
	};
}
