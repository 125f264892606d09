import { describe, expect, it } from 'vitest';
import { clipText } from './text';

describe('clipText', () => {
	it('keeps short text and cuts long text with an ellipsis', () => {
		expect(clipText('Thể chế', 100)).toBe('Thể chế');
		expect(clipText('Môi trường chính sách', 56)).toBe('Môi trườn…');
		expect(clipText('Môi trường chính sách', 1)).toBe('M…');
	});
});
