// What every sub-command does with its arguments before it runs: answer --help, or report a usage
// error with the exit code for usage errors, or run with the parsed options.
import { readFileSync } from 'node:fs';
import { fsReason, type ComputeIo } from './compute';

export const EXIT_USAGE = 2;

/** The parse of a sub-command's arguments: help, a usage error, or the options to run with. */
export type ParsedSubCommand<T> =
	{ kind: 'help' } | { kind: 'usage-error'; message: string } | { kind: string; options: T };

export async function runSubCommand<T>(
	name: string,
	usage: string,
	parsed: ParsedSubCommand<T>,
	io: ComputeIo,
	run: (options: T, io: ComputeIo) => Promise<number>
): Promise<number> {
	if (parsed.kind === 'help') {
		io.stdout(`${usage}\n`);
		return 0;
	}
	if ('options' in parsed) return run(parsed.options, io);
	io.stderr(
		`error: ${(parsed as { message: string }).message} (run "pii ${name} --help" for usage)`
	);
	return EXIT_USAGE;
}

/** An input file's bytes, or null after saying on stderr why it cannot be read. */
export function readInput(path: string, kind: string, io: ComputeIo): Buffer | null {
	try {
		return readFileSync(path);
	} catch (e) {
		io.stderr(`error: cannot read ${kind} file ${path}: ${fsReason(e)}`);
		return null;
	}
}
