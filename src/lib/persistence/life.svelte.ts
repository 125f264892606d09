// The library's view of the page and of other tabs: save when the page is hidden, journal what is
// unsaved when it goes away, and hear what other tabs of the same browser wrote.
import { LibraryCore } from './core.svelte';
import { readAll, readWorkbook } from './loader';
import { summarise } from './schema';
import { TabSync, type SyncMessage } from './sync';

export class LibraryLife extends LibraryCore {
	protected listenToTabs(): void {
		this.sync = new TabSync(this.tab, (m) => void this.#heard(m));
	}

	async #heard(m: SyncMessage): Promise<void> {
		if (m.type === 'list') return this.refreshList();
		const open = this.current?.id === m.workbookId;
		if (m.type === 'deleted') {
			this.workbooks = this.workbooks.filter((s) => s.id !== m.workbookId);
			if (open) this.markStale('deleted');
			return;
		}
		if (open && this.current && m.rev > this.current.rev) this.markStale('stale');
		const wb = await readWorkbook(this.ctx, m.workbookId);
		if (wb)
			this.workbooks = [summarise(wb), ...this.workbooks.filter((s) => s.id !== wb.id)].sort(
				(a, b) => b.modifiedAt - a.modifiedAt
			);
	}

	async refreshList(): Promise<void> {
		this.workbooks = (await readAll(this.ctx)).map(summarise);
	}

	/** Follow the page's life: hidden → save now; going away → journal, then save; back → tidy up. */
	attach(win: Window): () => void {
		const hide = () => this.pageHide();
		const show = (e: PageTransitionEvent) => {
			if (e.persisted) this.pageShow();
		};
		const visibility = () => {
			if (win.document.visibilityState === 'hidden') void this.flush();
		};
		win.addEventListener('pagehide', hide);
		win.addEventListener('pageshow', show);
		win.document.addEventListener('visibilitychange', visibility);
		return () => {
			win.removeEventListener('pagehide', hide);
			win.removeEventListener('pageshow', show);
			win.document.removeEventListener('visibilitychange', visibility);
		};
	}

	/** The page is going away: journal what is unsaved (synchronously), then try a normal save. */
	pageHide(): void {
		this.hidden = true;
		const unsaved = this.saver.dirty || this.saver.saving;
		const wb = this.current;
		const state = unsaved && wb && !this.stale ? this.currentState() : null;
		if (wb && state && this.store) {
			try {
				this.store.writeJournal({
					tab: this.tab,
					workbookId: wb.id,
					scenarioId: this.scenarioId,
					baseRev: wb.rev,
					state,
					at: this.now()
				});
				this.journaled = true;
			} catch {
				// the normal save below is still tried
			}
		}
		void this.flush();
	}

	/** The page came back (from the back/forward cache): its journal is not needed. */
	pageShow(): void {
		this.hidden = false;
		if (this.journaled && !this.saver.dirty) {
			this.journaled = false;
			void this.store?.deleteJournal(this.tab).catch(() => undefined);
		}
	}
}
