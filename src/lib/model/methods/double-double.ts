// Error-free transformations (Knuth's TwoSum, Dekker's TwoProduct) and a double-double accumulator:
// sums of squares accurate to the last bit, so that the sample standard deviation rounds to the same
// double as the spreadsheet's STDEV.S (which also works in double-double) on ordinary data.

export interface DoubleDouble {
	hi: number;
	lo: number;
}

/** a + b exactly, as hi + lo. */
export function twoSum(a: number, b: number): DoubleDouble {
	const hi = a + b;
	const bb = hi - a;
	return { hi, lo: a - (hi - bb) + (b - bb) };
}

const SPLIT = 134217729; // 2^27 + 1

/** a · b exactly, as hi + lo (for products far from overflow and underflow). */
export function twoProduct(a: number, b: number): DoubleDouble {
	const hi = a * b;
	const ca = SPLIT * a;
	const ah = ca - (ca - a);
	const al = a - ah;
	const cb = SPLIT * b;
	const bh = cb - (cb - b);
	const bl = b - bh;
	return { hi, lo: ah * bh - hi + ah * bl + al * bh + al * bl };
}

/** x + y in double-double. */
export function addDD(x: DoubleDouble, y: DoubleDouble): DoubleDouble {
	const s = twoSum(x.hi, y.hi);
	const lo = s.lo + x.lo + y.lo;
	const hi = s.hi + lo;
	return { hi, lo: lo - (hi - s.hi) };
}

/** x · y in double-double. */
export function mulDD(x: DoubleDouble, y: DoubleDouble): DoubleDouble {
	const p = twoProduct(x.hi, y.hi);
	const lo = p.lo + x.hi * y.lo + x.lo * y.hi;
	const hi = p.hi + lo;
	return { hi, lo: lo - (hi - p.hi) };
}

/** x / k in double-double. */
export function divDD(x: DoubleDouble, k: number): DoubleDouble {
	const q = x.hi / k;
	const p = twoProduct(q, k);
	const r = (x.hi - p.hi - p.lo + x.lo) / k;
	const hi = q + r;
	return { hi, lo: r - (hi - q) };
}
