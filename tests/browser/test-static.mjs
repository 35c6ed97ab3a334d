// Browser test of a static export (abidb export site) served by a plain static file server.
// usage: node tests/browser/test-static.mjs URL [OUTDIR]
//   URL: the exported page below a sub-folder of the static server, e.g. http://127.0.0.1:PORT/abi/
// Checks that the matrix renders, a diff and its fixup open, filters and the migration grid load,
// every API request is a path-form file the export holds, and an unexported view says so.
// Prints "browser (static): N passed, M failed" last; exits non-zero on any failure.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

const url = process.argv[2];
const outDir = process.argv[3] || 'test-output';
if (!url) {
	console.error('usage: node test-static.mjs URL [OUTDIR]');
	process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

const MACHINE = 'pc-i440fx-5.0';
const RELEASE = '5.2.0';
const cellSel = `tr.mrow[data-machine="${MACHINE}"] button.cell[data-release="${RELEASE}"]`;
const entrySel = '#diff:not([hidden]) .dsec tr.entry';

let passed = 0, failed = 0;
const pageErrors = [];
const api = [];		/* [url, status] of every API request */

function ok(name) { passed++; console.log(`ok   ${name}`); }
function fail(name, err) {
	failed++;
	console.log(`FAIL ${name}: ${err && err.message ? err.message.split('\n')[0] : err}`);
}
async function step(name, fn) {
	try { await fn(); ok(name); } catch (e) { fail(name, e); }
}
function assert(cond, msg) { if (!cond) throw new Error(msg); }

const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
		'--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

try {
	const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
	const page = await context.newPage();
	page.setDefaultTimeout(15000);
	page.on('pageerror', (e) => pageErrors.push('pageerror: ' + e.message));
	page.on('console', (m) => {
		if (m.type() !== 'error') return;
		// the unexported view below answers 404 on purpose
		if (/Failed to load resource/.test(m.text()) && /\/api\/v1\//.test(m.location().url || '')) return;
		pageErrors.push('console: ' + m.text());
	});
	page.on('response', (r) => { if (r.url().includes('/api/v1/')) api.push([r.url(), r.status()]); });

	await step('the exported matrix renders', async () => {
		await page.goto(url, { waitUntil: 'domcontentloaded' });
		await page.waitForSelector(cellSel);
		const c = await page.$eval(cellSel, (b) => ({ cls: b.dataset.class, sev: b.dataset.severity }));
		assert(c.cls && c.cls !== 'A' && c.sev === 'break', `${MACHINE} ${RELEASE}: class ${c.cls}, ${c.sev}`);
		const rows = await page.$$eval('#matrix tr.mrow', (t) => t.length);
		assert(rows >= 9, `${rows} rows`);
	});

	await step('min severity break reloads the matrix from the export', async () => {
		const resp = page.waitForResponse((r) => r.url().includes('api/v1/matrix/') && r.url().includes('min_severity=break'));
		await page.selectOption('#f-min', 'break');
		assert((await resp).status() === 200, 'matrix (break) not in the export');
		await page.waitForSelector(cellSel);
	});

	await step('a diff opens, with the _UID break, its note and the fixup', async () => {
		await page.click(cellSel);
		await page.waitForSelector(entrySel);
		const row = page.locator('#diff tr.entry', { hasText: 'PCI0/_UID' }).first();
		await row.waitFor();
		assert(/break/.test(await row.textContent()), 'the _UID entry is not break');
		const note = await row.evaluate((tr) => tr.nextElementSibling && tr.nextElementSibling.classList.contains('note-row'));
		assert(note, 'the _UID entry has no note');
		await page.waitForFunction(() => {
			const b = document.getElementById('fixup-body');
			return b && b.querySelector('.unrestorable li, pre.opts');
		});
		const unr = await page.$$eval('#fixup-body .unrestorable li', (lis) => lis.map((l) => l.textContent));
		assert(unr.some((x) => x.includes('PCI0/_UID')), 'the fixup does not list the _UID break');
	});
	await page.screenshot({ path: path.join(outDir, 'static-diff.png'), fullPage: true });

	await step('swap opens the reverse diff', async () => {
		const before = await page.textContent('#diff-title');
		await page.click('#diff-swap');
		await page.waitForFunction((t) => document.getElementById('diff-title').textContent !== t, before);
		await page.waitForSelector(entrySel);
		const t = await page.textContent('#diff-title');
		assert(t.indexOf(RELEASE) < t.indexOf('5.0.0'), `swapped title: ${t}`);
	});

	await step('view "all": the matrix and a diff from the export', async () => {
		await page.click('#diff-close');
		await page.selectOption('#f-view', 'all');
		await page.waitForFunction(() => new URL(location.href).searchParams.get('view') === 'all');
		await page.waitForSelector(cellSel);
		await page.click(cellSel);
		await page.waitForSelector(entrySel);
		const sub = await page.textContent('#diff-sub');
		assert(/view all/.test(sub), `diff header: ${sub}`);
	});

	await step('the migration grid of pc-q35-5.0', async () => {
		await page.fill('#mig-machine', 'pc-q35-5.0');
		await page.click('#mig-show');
		await page.waitForFunction(() => /20 of 20 directions load/.test(document.getElementById('mig-status').textContent));
	});

	await step('every API request was a path-form file of the export', async () => {
		assert(api.length >= 6, `${api.length} API requests`);
		const bad = api.filter(([u, s]) => s !== 200 || new URL(u).search || !new URL(u).pathname.endsWith('.json'));
		assert(!bad.length, 'not answered by the export: ' + bad.map(([u, s]) => s + ' ' + u).join(', '));
	});

	await step('a fact-path filter says a static copy does not hold it', async () => {
		await page.fill('#f-path', 'acpi/*');
		await page.press('#f-path', 'Enter');
		await page.waitForFunction(() => /not in this copy/.test(document.getElementById('status').textContent));
	});

	await step('no script errors', async () => {
		assert(pageErrors.length === 0, pageErrors.join('; '));
	});
} catch (e) {
	fail('test run', e);
} finally {
	await browser.close();
}

console.log(`browser (static): ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
