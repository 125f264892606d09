// Changes to method settings as pure functions returning new settings (the UI dispatches the result
// as one `setMethod` command): a global choice, a per-indicator override, goalposts, a level's mean.
import {
	cloneMethod,
	defaultMethod,
	type AggregationMethod,
	type ImputationMethod,
	type MethodSettings,
	type NormalisationMethod,
	type TreatmentConstants,
	type TreatmentMethod
} from '../method';
import type { Tree } from '../tree';
import { columnBounds } from './normalise';
import { planMethod } from './plan';
import { stageBuffers, treatedColumn, type MethodInputs } from './prepare';

/** The per-indicator choices, by settings section. */
export type IndicatorChoice =
	| { section: 'imputation'; value: ImputationMethod }
	| { section: 'treatment'; value: TreatmentMethod }
	| { section: 'normalisation'; value: NormalisationMethod };

/** Set the global method of a section (its overrides stay). */
export function withGlobal(method: MethodSettings, choice: IndicatorChoice): MethodSettings {
	const m = cloneMethod(method);
	if (choice.section === 'imputation') m.imputation.method = choice.value;
	if (choice.section === 'treatment') m.treatment.method = choice.value;
	if (choice.section === 'normalisation') m.normalisation.method = choice.value;
	return m;
}

/** Override one indicator (null: follow the global setting again). */
export function withOverride(
	method: MethodSettings,
	code: string,
	section: IndicatorChoice['section'],
	value: string | null
): MethodSettings {
	const m = cloneMethod(method);
	const overrides: Record<string, string> = m[section].overrides;
	if (value === null || value === m[section].method) delete overrides[code];
	else overrides[code] = value;
	return m;
}

/** Divide an indicator by a denominator column (null: no denominator). */
export function withDenominator(
	method: MethodSettings,
	code: string,
	column: string | null
): MethodSettings {
	const m = cloneMethod(method);
	if (column === null) delete m.denominators[code];
	else m.denominators[code] = column;
	return m;
}

export function withGoalposts(
	method: MethodSettings,
	code: string,
	pair: [number, number]
): MethodSettings {
	const m = cloneMethod(method);
	m.normalisation.goalposts[code] = pair;
	return m;
}

/**
 * Goalposts for every indicator normalised by goalposts and lacking them: the current min and max
 * of the values its normalisation reads (after denominators, imputation and treatment), so scores
 * do not move at once and later edits no longer re-base the others.
 */
export function fillGoalposts(
	method: MethodSettings,
	tree: Tree,
	columns: Float64Array[],
	inputs?: MethodInputs
): MethodSettings {
	const plan = planMethod(tree, method);
	const missing = plan.indicators
		.map((ind, p) => ({ ind, p }))
		.filter(({ ind }) => ind.normalisation === 'goalposts' && !ind.goalposts);
	if (missing.length === 0) return method;
	const m = cloneMethod(method);
	const n = columns[0]?.length ?? 0;
	const buffers = stageBuffers(n);
	for (const { ind, p } of missing) {
		const { values } = treatedColumn(ind, plan.treatment, columns[p], inputs, buffers, n);
		const { min, max } = columnBounds(values, n);
		m.normalisation.goalposts[ind.code] =
			max > min ? [min, max] : Number.isFinite(min) ? [min - 1, min + 1] : [0, 1];
	}
	return m;
}

export function withRange(method: MethodSettings, range: [number, number]): MethodSettings {
	const m = cloneMethod(method);
	m.normalisation.range = range;
	return m;
}

export function withTreatmentConstants(
	method: MethodSettings,
	constants: TreatmentConstants
): MethodSettings {
	const m = cloneMethod(method);
	Object.assign(m.treatment, constants);
	return m;
}

/** The mean of one aggregation level (the global mean clears the level's own setting). */
export function withLevelMean(
	method: MethodSettings,
	level: number,
	mean: AggregationMethod
): MethodSettings {
	const m = cloneMethod(method);
	if (mean === m.aggregation.method) delete m.aggregation.levels[level];
	else m.aggregation.levels[level] = mean;
	return m;
}

export function withThreshold(method: MethodSettings, share: number): MethodSettings {
	const m = cloneMethod(method);
	m.aggregation.threshold = share;
	return m;
}

/** Which parts differ from the published method (for the status line). */
export function changedParts(method: MethodSettings): string[] {
	const d = defaultMethod();
	const parts = [
		'denominators',
		'imputation',
		'treatment',
		'normalisation',
		'aggregation'
	] as const;
	return parts.filter((k) => JSON.stringify(method[k]) !== JSON.stringify(d[k]));
}
