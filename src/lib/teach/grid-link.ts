// "Show in the spreadsheet": switch to the grid view with one workbook cell to select there.
import type { Workbench } from '../state/workbench.svelte';
import type { CellRef } from './formula-tokens';

/**
 * Ask the grid view to open `cell`. The grid reads the request from `bench.gridTarget` when it
 * mounts.
 */
export function showInGrid(bench: Workbench, cell: CellRef): void {
	bench.gridTarget = { ...cell };
	bench.view = 'grid';
}
