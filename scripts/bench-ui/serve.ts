// A minimal static file server for a built app (single-page fallback to index.html), on loopback.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.svg': 'image/svg+xml',
	'.json': 'application/json',
	'.png': 'image/png',
	'.webmanifest': 'application/manifest+json'
};

export function serveStatic(root: string, port: number): Promise<Server> {
	const server = createServer((req, res) => {
		const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0])).replace(
			/^(\.\.[/\\])+/,
			''
		);
		let file = join(root, path);
		if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, 'index.html');
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
