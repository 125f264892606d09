// Seeded pseudo-random numbers for the illustrative data generator (mulberry32 + Box–Muller).
// Deterministic on every platform: integer arithmetic plus Math.log/cos/sqrt on fixed inputs.
import { seededRandom } from '../../src/lib/model/random';

export interface Rng {
	/** Uniform in [0, 1). */
	next(): number;
	/** Standard normal. */
	normal(): number;
	/** Integer in [0, n). */
	int(n: number): number;
}

export function mulberry32(seed: number): Rng {
	const next = seededRandom(seed);
	const normal = () => {
		const u = 1 - next();
		const v = next();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	};
	return { next, normal, int: (n) => Math.floor(next() * n) };
}

/** A stable 32-bit seed from a label (FNV-1a), so each edition and stage has its own stream. */
export function seedOf(label: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < label.length; i++) {
		h ^= label.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}
