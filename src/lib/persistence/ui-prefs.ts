// What the user was looking at (view, selected provinces) for the workbook and scenario open in this
// tab, kept in the tab's session storage so a reload shows the same screen.

export interface UiPrefs {
	workbookId: string;
	scenarioId: string;
	view: string;
	selectedUnit: number;
	compareUnit: number;
}

const KEY = 'pii-workbench-ui';

export function readUiPrefs(storage: Storage | undefined): UiPrefs | null {
	try {
		const raw = JSON.parse(storage?.getItem(KEY) ?? 'null');
		const ok =
			raw &&
			typeof raw.workbookId === 'string' &&
			typeof raw.scenarioId === 'string' &&
			typeof raw.view === 'string' &&
			Number.isInteger(raw.selectedUnit) &&
			Number.isInteger(raw.compareUnit);
		return ok ? (raw as UiPrefs) : null;
	} catch {
		return null;
	}
}

export function writeUiPrefs(storage: Storage | undefined, prefs: UiPrefs): void {
	try {
		storage?.setItem(KEY, JSON.stringify(prefs));
	} catch {
		// Session storage full or refused: the screen simply starts at its defaults.
	}
}
