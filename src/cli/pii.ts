// Entry point of the headless command (`npm run pii -- compute|plan|uncertainty ...`): parses arguments, runs the
// sub-command, sets the exit code. Only the results CSV ever goes to stdout; no stack traces.
import { USAGE, parseArgs } from './args';

const EXIT_USAGE = 2;
const EXIT_INPUT = 1;

/** One message per line, even when a name in it holds a line break. */
function printError(message: string): void {
	process.stderr.write(`${message.replace(/\s*[\r\n]+\s*/g, ' ')}\n`);
}

async function main(argv: string[]): Promise<number> {
	if (argv[0] === 'plan') {
		// Loaded on demand, like compute.
		const { planCommand } = await import('./plan');
		return planCommand(argv.slice(1), {
			stdout: (text) => process.stdout.write(text),
			stderr: printError
		});
	}
	if (argv[0] === 'uncertainty') {
		const { uncertaintyCommand } = await import('./uncertainty');
		return uncertaintyCommand(argv.slice(1), {
			stdout: (text) => process.stdout.write(text),
			stderr: printError
		});
	}
	const parsed = parseArgs(argv);
	switch (parsed.kind) {
		case 'help':
			process.stdout.write(`${USAGE}\n`);
			return 0;
		case 'usage-error':
			printError(`error: ${parsed.message} (run with --help for usage)`);
			return EXIT_USAGE;
		case 'compute': {
			// Loaded on demand: usage errors are answered without loading the spreadsheet engine.
			const { runCompute } = await import('./compute');
			return runCompute(parsed.options, {
				stdout: (text) => process.stdout.write(text),
				stderr: printError
			});
		}
	}
}

// A reader that stops early (e.g. `| head`) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
	if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
	printError(`error: cannot write to stdout: ${e.message}`);
	process.exit(EXIT_INPUT);
});

try {
	process.exitCode = await main(process.argv.slice(2));
} catch (e) {
	printError(`error: ${e instanceof Error ? e.message : String(e)}`);
	process.exitCode = EXIT_INPUT;
}
