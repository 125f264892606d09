// `npm run bench [-- --sizes 63,700,5000]`: times the model workbook and the kernel on the PII
// framework with seeded synthetic data, and prints a table plus the targets with PASS/FAIL.
import { measureSize, type SizeResult } from './bench/measure';
import { methodsTable, resultsTable, targetLines } from './bench/report';
import { measureUncertainty, uncertaintyLines } from './bench/uncertainty';
import { piiTree } from '../src/lib/testing/fixtures';

const DEFAULT_SIZES = [63, 700, 5000];

function parseSizes(argv: string[]): number[] | string {
	if (argv.length === 0) return DEFAULT_SIZES;
	const [flag, value] = argv[0].includes('=') ? argv[0].split(/=(.*)/, 2) : argv;
	if (flag !== '--sizes' || value === undefined || argv.length > (argv[0].includes('=') ? 1 : 2))
		return 'usage: npm run bench [-- --sizes 63,700,5000]';
	const sizes = value.split(',').map((s) => Number(s.trim()));
	if (sizes.some((n) => !Number.isInteger(n) || n < 2))
		return `--sizes: "${value}" must be whole numbers ≥ 2, separated by commas`;
	return sizes;
}

function main(): number {
	const sizes = parseSizes(process.argv.slice(2));
	if (typeof sizes === 'string') {
		process.stderr.write(`error: ${sizes}\n`);
		return 2;
	}
	const tree = piiTree();
	console.log(
		`PII benchmark: ${tree.indicators.length} indicators (src/lib/data/pii-framework.csv), ` +
			`seeded random data with ~3% missing; Node ${process.version}`
	);
	console.log('Edit = one setValue/setWeight, then readNode(root) and competition ranks.\n');
	const results: SizeResult[] = [];
	for (const units of sizes) {
		process.stdout.write(`measuring ${units} units…\n`);
		results.push(measureSize(tree, units));
	}
	console.log(`\n${resultsTable(results)}\n`);
	console.log('Kernel → ranks under other method settings; switch = workbook setMethod → ranks');
	console.log(`${methodsTable(results)}\n`);
	process.stdout.write('measuring the uncertainty analysis…\n');
	const uncertainty = measureUncertainty(tree);
	console.log(`${uncertaintyLines(uncertainty)}\n`);
	const targets = targetLines(results);
	console.log(`Targets\n${targets.text}`);
	if (results.some((r) => !r.agree || r.methods.some((m) => m.agree === false)))
		console.log('\nFAIL: kernel and workbook disagree');
	return 0;
}

try {
	process.exitCode = main();
} catch (e) {
	process.stderr.write(`error: ${e instanceof Error ? e.message : String(e)}\n`);
	process.exitCode = 1;
}
