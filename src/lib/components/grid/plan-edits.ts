// Typed text → one validated command for a block of input cells; refuses the whole block, naming the
// first bad cell, so a bad paste changes nothing.
import type { Command } from '$lib/commands/commands';
import { parseLocaleNumber, type Locale } from '$lib/i18n/numbers';
import { batchCommand, type SheetSpec } from '$lib/workbook/sheet-spec';

export interface CellText {
	row: number;
	col: number;
	text: string;
}

export type EditProblem =
	'read-only' | 'not-a-number' | 'negative-weight' | 'bad-direction' | 'mixed';

export type EditPlan =
	{ ok: true; command: Command } | { ok: false; problem: EditProblem; cell?: CellText };

export function planEdits(spec: SheetSpec, cells: CellText[], locale: Locale): EditPlan {
	const commands: Command[] = [];
	for (const cell of cells) {
		const kind = spec.input(cell.row, cell.col);
		if (!kind) return { ok: false, problem: 'read-only', cell };
		const parsed = parseLocaleNumber(cell.text, locale);
		if (!parsed.ok) return { ok: false, problem: 'not-a-number', cell };
		const value = parsed.value;
		if (kind === 'weight' && (value === null || value < 0))
			return { ok: false, problem: 'negative-weight', cell };
		if (kind === 'direction' && value !== 1 && value !== -1)
			return { ok: false, problem: 'bad-direction', cell };
		const command = spec.command(cell.row, cell.col, value);
		if (!command) return { ok: false, problem: 'read-only', cell };
		commands.push(command);
	}
	const command = batchCommand(commands);
	return command ? { ok: true, command } : { ok: false, problem: 'mixed' };
}
