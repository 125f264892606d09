// Save timing: one save after a burst, never later than maxWait during a long burst, one save at a
// time, flush at once, and a failed save retried.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Saver } from './saver';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

function setup(result: () => Promise<boolean> = async () => true) {
	const saves: number[] = [];
	const saver = new Saver({
		delay: 200,
		maxWait: 500,
		now: () => Date.now(),
		save: () => {
			saves.push(Date.now());
			return result();
		}
	});
	return { saver, saves };
}

describe('Saver', () => {
	it('saves once, 200 ms after the last edit of a burst', async () => {
		const { saver, saves } = setup();
		const t0 = Date.now();
		for (let i = 0; i < 5; i++) {
			saver.touch();
			await vi.advanceTimersByTimeAsync(50);
		}
		expect(saves).toEqual([]);
		await vi.advanceTimersByTimeAsync(150);
		expect(saves).toEqual([t0 + 200 + 200]);
		expect(saver.dirty).toBe(false);
	});

	it('saves at least every 500 ms while edits keep coming', async () => {
		const { saver, saves } = setup();
		const t0 = Date.now();
		for (let i = 0; i < 12; i++) {
			saver.touch();
			await vi.advanceTimersByTimeAsync(100);
		}
		expect(saves[0]).toBe(t0 + 500);
		expect(saves[1] - saves[0]).toBeLessThanOrEqual(500);
	});

	it('flushes at once and waits for the write', async () => {
		let resolve: (ok: boolean) => void = () => undefined;
		const { saver, saves } = setup(() => new Promise((r) => (resolve = r)));
		saver.touch();
		const done = saver.flush();
		expect(saves.length).toBe(1);
		let finished = false;
		void done.then(() => (finished = true));
		await vi.advanceTimersByTimeAsync(0);
		expect(finished).toBe(false);
		resolve(true);
		await vi.advanceTimersByTimeAsync(0);
		expect(finished).toBe(true);
		expect(await saver.flush()).toBe(true);
		expect(saves.length).toBe(1);
	});

	it('runs one save at a time: edits during a save are saved after it', async () => {
		let resolve: (ok: boolean) => void = () => undefined;
		const { saver, saves } = setup(() => new Promise((r) => (resolve = r)));
		saver.touch();
		await vi.advanceTimersByTimeAsync(200);
		expect(saves.length).toBe(1);
		saver.touch();
		await vi.advanceTimersByTimeAsync(1000);
		expect(saves.length).toBe(1);
		expect(saver.dirty).toBe(true);
		resolve(true);
		await vi.advanceTimersByTimeAsync(200);
		expect(saves.length).toBe(2);
	});

	it('keeps a failed save unsaved and tries again with the next edit or flush', async () => {
		let ok = false;
		const { saver, saves } = setup(async () => ok);
		saver.touch();
		await vi.advanceTimersByTimeAsync(200);
		expect(saves.length).toBe(1);
		expect(saver.dirty).toBe(true);
		await vi.advanceTimersByTimeAsync(5000);
		expect(saves.length).toBe(1);
		ok = true;
		expect(await saver.flush()).toBe(true);
		expect(saves.length).toBe(2);
		expect(saver.dirty).toBe(false);
	});

	it('forgets pending edits on reset', async () => {
		const { saver, saves } = setup();
		saver.touch();
		saver.reset();
		await vi.advanceTimersByTimeAsync(1000);
		expect(saves).toEqual([]);
		expect(await saver.flush()).toBe(true);
		expect(saves).toEqual([]);
	});
});
