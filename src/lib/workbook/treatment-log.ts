// The Treatment sheet read back: per indicator, what the outlier treatment did and its constants.
import { TS } from './layout';

export type TreatmentOutcomeKind = 'none' | 'too-few' | 'passed' | 'winsorised' | 'log';

export interface TreatmentLogEntry {
	code: string;
	outcome: TreatmentOutcomeKind;
	/** Units whose value was replaced by winsorisation. */
	points: number;
	/** Winsorisation caps, or NaN. */
	low: number;
	high: number;
	skewBefore: number;
	kurtBefore: number;
	skewAfter: number;
	kurtAfter: number;
}

const KINDS: TreatmentOutcomeKind[] = ['none', 'too-few', 'passed', 'winsorised', 'log'];
const num = (v: unknown) => (typeof v === 'number' ? v : NaN);

/** Rows of the Treatment sheet (header first) as entries, in indicator order. */
export function readTreatmentLog(values: unknown[][]): TreatmentLogEntry[] {
	return values.slice(1).map((row) => {
		const kind = String(row[TS.outcome] ?? 'none') as TreatmentOutcomeKind;
		return {
			code: String(row[TS.code] ?? ''),
			outcome: KINDS.includes(kind) ? kind : 'none',
			points: num(row[TS.points]) || 0,
			low: num(row[TS.low]),
			high: num(row[TS.high]),
			skewBefore: num(row[TS.skewBefore]),
			kurtBefore: num(row[TS.kurtBefore]),
			skewAfter: num(row[TS.skewAfter]),
			kurtAfter: num(row[TS.kurtAfter])
		};
	});
}
