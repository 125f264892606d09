// Tabs of the same browser tell each other what they wrote (BroadcastChannel), so a tab showing a
// workbook that another tab changed can say so at once instead of finding out at its next save.

export type SyncMessage =
	| { type: 'saved'; tab: string; workbookId: string; rev: number }
	| { type: 'deleted'; tab: string; workbookId: string }
	| { type: 'list'; tab: string };

export const CHANNEL = 'pii-workbench-sync';

export class TabSync {
	#channel: BroadcastChannel | null;

	constructor(
		readonly tab: string,
		onMessage: (m: SyncMessage) => void
	) {
		this.#channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
		this.#channel?.addEventListener('message', (e: MessageEvent<SyncMessage>) => {
			if (e.data && e.data.tab !== tab) onMessage(e.data);
		});
	}

	post(m: SyncMessage): void {
		this.#channel?.postMessage(m);
	}

	close(): void {
		this.#channel?.close();
		this.#channel = null;
	}
}
