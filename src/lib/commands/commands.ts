// The edits a user can make, as small serialisable commands; `applyCommand` is the only mutation path.
import type { ModelWorkbook } from '../workbook/workbook';
import type { MethodSettings } from '../model/method';
import type { Direction } from '../model/types';

export type Command =
	| { type: 'setValue'; unit: number; indicator: number; value: number | null }
	| { type: 'setValues'; edits: { unit: number; indicator: number; value: number | null }[] }
	| { type: 'setWeight'; node: number; weight: number }
	| { type: 'setWeights'; weights: { node: number; weight: number }[] }
	| { type: 'setDirection'; node: number; direction: Direction }
	/** Replace the method settings (a plain JSON object); the affected sheets are rebuilt. */
	| { type: 'setMethod'; method: MethodSettings };

/** Validate and apply one command to the workbook (one recalculation, one undo step); throws on invalid input. */
export function applyCommand(wb: ModelWorkbook, cmd: Command): void {
	switch (cmd.type) {
		case 'setValue':
			wb.setValue(cmd.unit, cmd.indicator, cmd.value);
			return;
		case 'setValues':
			wb.setValues(cmd.edits);
			return;
		case 'setWeight':
			wb.setWeight(cmd.node, cmd.weight);
			return;
		case 'setWeights':
			wb.setWeights(cmd.weights);
			return;
		case 'setDirection':
			wb.setDirection(cmd.node, cmd.direction);
			return;
		case 'setMethod':
			wb.setMethod(cmd.method);
			return;
	}
}
