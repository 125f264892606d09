// When to write: a save starts `delay` ms after the last edit (at most `maxWait` ms after the first
// unsaved one, so a long burst still saves), one save at a time, and `flush` saves at once.

export interface SaverOptions {
	/** Quiet time after the last edit before saving. */
	delay: number;
	/** Longest an edit waits while edits keep coming. */
	maxWait: number;
	/** Write the current state; resolves true when it is durable. */
	save: () => Promise<boolean>;
	now?: () => number;
}

export class Saver {
	#timer: ReturnType<typeof setTimeout> | null = null;
	#firstPending: number | null = null;
	#running: Promise<boolean> | null = null;
	#dirty = false;
	readonly #o: Required<SaverOptions>;

	constructor(options: SaverOptions) {
		this.#o = { now: () => Date.now(), ...options };
	}

	/** Unsaved edits exist (waiting, or made while a save was running). */
	get dirty(): boolean {
		return this.#dirty;
	}

	get saving(): boolean {
		return this.#running !== null;
	}

	/** An edit happened: (re)schedule the save. */
	touch(): void {
		this.#dirty = true;
		const now = this.#o.now();
		this.#firstPending ??= now;
		this.#schedule(Math.min(this.#o.delay, this.#o.maxWait - (now - this.#firstPending)));
	}

	/** Forget unsaved edits (the state they belonged to was replaced). */
	reset(): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		this.#dirty = false;
		this.#firstPending = null;
	}

	#schedule(wait: number): void {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.#run(), Math.max(0, wait));
	}

	#run(): Promise<boolean> {
		if (this.#timer) clearTimeout(this.#timer);
		this.#timer = null;
		if (this.#running) return this.#running.then(() => this.#dirty && this.#run());
		this.#dirty = false;
		this.#firstPending = null;
		const running = this.#o.save().catch(() => false);
		this.#running = running;
		void running.then((ok) => {
			this.#running = null;
			// Edits made during the save, or a failed save: try again on the usual schedule.
			if (!ok) this.#dirty = true;
			else if (this.#dirty) this.#schedule(this.#o.delay);
		});
		return running;
	}

	/** Save now if anything is unsaved and wait until every save so far has finished. */
	async flush(): Promise<boolean> {
		if (this.#running) await this.#running;
		if (!this.#dirty) return true;
		return this.#run();
	}
}
