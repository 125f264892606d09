// The stages before normalisation for one indicator column: denominate → impute → treat. The kernel
// runs them on every computation; the workbook runs them to decide the Treated sheet's constants.
import type { TreatmentConstants } from '../method';
import { denominateColumn } from './denominate';
import { imputer } from './impute';
import type { IndicatorPlan } from './plan';
import { applyTreatment, decideTreatment, type TreatmentOutcome } from './treat';

/** Data a method reads besides the indicator columns. */
export interface MethodInputs {
	/** Denominator columns by name, one value per unit (NaN = missing). */
	denominators?: ReadonlyMap<string, ArrayLike<number>>;
	/** Group (region) of every unit, −1 = none. */
	groups?: ArrayLike<number>;
}

/** Work buffers, one per stage, reused across calls. */
export interface StageBuffers {
	denominated: Float64Array;
	imputed: Float64Array;
	treated: Float64Array;
}

export function stageBuffers(n: number): StageBuffers {
	return {
		denominated: new Float64Array(n),
		imputed: new Float64Array(n),
		treated: new Float64Array(n)
	};
}

/** Values the treatment reads: the raw column, divided by its denominator, imputed. */
export function imputedColumn(
	plan: IndicatorPlan,
	raw: ArrayLike<number>,
	inputs: MethodInputs | undefined,
	buffers: StageBuffers,
	n: number
): ArrayLike<number> {
	let x = raw;
	if (plan.denominator !== null)
		x = denominateColumn(x, inputs?.denominators?.get(plan.denominator), buffers.denominated, n);
	if (plan.imputation !== 'none') {
		imputer(plan.imputation)(x, inputs?.groups, buffers.imputed, n);
		x = buffers.imputed;
	}
	return x;
}

/** Values the normalisation reads, and what the treatment did. */
export function treatedColumn(
	plan: IndicatorPlan,
	constants: TreatmentConstants,
	raw: ArrayLike<number>,
	inputs: MethodInputs | undefined,
	buffers: StageBuffers,
	n: number
): { values: ArrayLike<number>; outcome: TreatmentOutcome } {
	const x = imputedColumn(plan, raw, inputs, buffers, n);
	if (plan.treatment === 'none') return { values: x, outcome: { kind: 'none' } };
	const outcome = decideTreatment(plan.treatment, x, constants, n);
	return { values: applyTreatment(outcome, x, buffers.treated, n), outcome };
}
