// Formula generators of the aggregations, one per method, looked up by name (throws on unknown
// names), with the data-availability threshold as COUNT(children) < k. Each does the operations of
// its pure twin in model/methods/aggregate.ts, in the same order.
import { weightName } from '../model/codes';
import type { AggregationMethod } from '../model/method';
import type { ChildRef } from './formulas';

const join = (children: ChildRef[], term: (ref: string, w: string) => string) =>
	children.map((c) => term(c.ref, weightName(c.code))).join('+');

/** Σ w over the children present. */
const weightSum = (children: ChildRef[]) => join(children, (x, w) => `ISNUMBER(${x})*${w}`);

const BODIES: Record<AggregationMethod, (children: ChildRef[]) => string> = {
	arithmetic: (children) =>
		`IFERROR((${join(children, (x, w) => `N(${x})*${w}`)})/(${weightSum(children)}),"")`,
	geometric: (children) =>
		`IFERROR(IF(${join(children, (x, w) => `ISNUMBER(${x})*(N(${x})=0)*${w}`)}>0,0,` +
		`EXP((${join(children, (x, w) => `IF(ISNUMBER(${x})*${w},${w}*LN(${x}),0)`)})/(${weightSum(children)}))),"")`,
	harmonic: (children) =>
		`IFERROR((${weightSum(children)})/(${join(children, (x, w) => `IF(ISNUMBER(${x})*${w},${w}/${x},0)`)}),"")`
};

/**
 * A LevelN-sheet formula: the mean of the children present, blank when fewer than `minCount` have
 * a value. Arithmetic without a threshold is the published formula, unchanged.
 */
export function aggregateFormula(
	name: AggregationMethod,
	children: ChildRef[],
	minCount = 0
): string {
	const body = Object.hasOwn(BODIES, name) ? BODIES[name] : undefined;
	if (!body) throw new Error(`unknown aggregation method "${name}"`);
	if (minCount <= 0) return `=${body(children)}`;
	return `=IF(COUNT(${children.map((c) => c.ref).join(',')})<${minCount},"",${body(children)})`;
}
