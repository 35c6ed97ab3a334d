// Browser test of the abidb web page: headless Debian chromium driven by playwright-core.
// usage: node tests/browser/test.mjs URL [OUTDIR]
//   URL: the page, e.g. http://127.0.0.1:PORT/ or http://127.0.0.1:PORT/abi/
//   OUTDIR: where screenshots go (default test-output/ in the current folder)
// Prints "browser: N passed, M failed" last; exits non-zero on any failure.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';

const url = process.argv[2];
const outDir = process.argv[3] || 'test-output';
if (!url) {
	console.error('usage: node test.mjs URL [OUTDIR]');
	process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

const MACHINE = 'pc-i440fx-5.0';
const RELEASE = '5.2.0';
const cellSel = `tr.mrow[data-machine="${MACHINE}"] button.cell[data-release="${RELEASE}"]`;
const TIMEOUT = 15000;

let passed = 0, failed = 0;
const pageErrors = [];

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
	page.setDefaultTimeout(TIMEOUT);
	page.on('pageerror', (e) => pageErrors.push('pageerror: ' + e.message));
	page.on('console', (m) => {
		if (m.type() !== 'error') return;
		// An API answering 4xx/5xx (e.g. fixup 501) is shown on the page; the browser logs it too.
		if (/Failed to load resource/.test(m.text()) && /\/api\/v1\//.test(m.location().url || '')) return;
		pageErrors.push('console: ' + m.text() + ' ' + (m.location().url || ''));
	});
	// Nothing may be loaded from outside the server.
	const origin = new URL(url).origin;
	const outside = [];
	page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) outside.push(r.url()); });

	await step('matrix loads with the pc-i440fx-5.0 row', async () => {
		await page.goto(url, { waitUntil: 'domcontentloaded' });
		await page.waitForSelector(`tr.mrow[data-machine="${MACHINE}"] button.cell`);
		const cols = await page.$$eval('#matrix thead th.rel', (ths) => ths.map((t) => t.querySelector('.ver').textContent));
		assert(cols.includes(RELEASE), `no ${RELEASE} column: ${cols.join(', ')}`);
		const fams = await page.$$eval('#matrix tr.fam', (trs) => trs.map((t) => t.dataset.family));
		assert(fams.length >= 1, 'no family group rows');
	});

	await step('min-severity=break filter via the UI', async () => {
		const resp = page.waitForResponse((r) => r.url().includes('api/v1/matrix') && r.url().includes('min_severity=break'));
		await page.selectOption('#f-min', 'break');
		await resp;
		await page.waitForFunction(() => new URL(location.href).searchParams.get('min_severity') === 'break');
		await page.waitForSelector(cellSel);
	});

	await step(`${MACHINE} in ${RELEASE} deviates at severity break`, async () => {
		const c = await page.$eval(cellSel, (b) => ({ sev: b.dataset.severity, cls: b.dataset.class,
			title: b.title, letter: b.querySelector('.letter').textContent, sym: b.querySelector('.sym').textContent }));
		assert(c.sev === 'break', `severity is ${c.sev}`);
		assert(c.cls && c.cls !== 'A', `class is ${c.cls}`);
		assert(c.letter === c.cls, 'the cell does not show its class letter');
		assert(c.sym.trim() !== '', 'no severity symbol in the cell');
		assert(/class [B-Z]/.test(c.title) && /differ/.test(c.title) && c.title.includes(RELEASE), `tooltip: ${c.title}`);
		const first = await page.$eval(`tr.mrow[data-machine="${MACHINE}"] button.cell`, (b) => b.dataset.class);
		assert(first === 'A', `first cell of the row is class ${first}`);
	});
	await page.screenshot({ path: path.join(outDir, 'matrix-1366x768.png') });

	await step('the legend says colours mean severity', async () => {
		const key = await page.textContent('#legend .legend-key');
		assert(/Colour/.test(key) && /severity/.test(key), `legend key: ${key}`);
		const items = await page.$$eval('#legend li.legend-item', (lis) => lis.map((l) => ({ sev: l.dataset.severity,
			bg: getComputedStyle(l.querySelector('.cell')).backgroundColor, text: l.textContent })));
		const bg = (sev) => (items.find((i) => i.sev === sev) || {}).bg;
		assert(['none', 'info', 'change', 'break'].every((s) => bg(s)), `legend severities: ${items.map((i) => i.sev)}`);
		assert(new Set(['none', 'info', 'change', 'break'].map(bg)).size === 4, 'two severities share a colour');
		// a matrix cell has the colour its severity has in the legend
		const cellBg = await page.$eval(cellSel, (b) => getComputedStyle(b).backgroundColor);
		assert(cellBg === bg('break'), `break cell ${cellBg}, legend break ${bg('break')}`);
		assert(items.some((i) => /′/.test(i.text) || /partial/.test(i.text)), 'the legend explains neither primes nor partial cells');
	});

	await step('each cell explains what separates it from class A', async () => {
		const c = await page.$eval(cellSel, (b) => ({ explain: b.dataset.explain, title: b.title }));
		assert(/break/.test(c.explain) && c.explain.includes('PCI0/_UID'), `explain: ${c.explain}`);
		assert(c.title.includes(c.explain), 'the tooltip does not carry the explanation');
		const later = `tr.mrow[data-machine="${MACHINE}"] button.cell[data-release="8.2.2"]`;
		const l = await page.$eval(later, (b) => ({ label: b.dataset.label, explain: b.dataset.explain }));
		assert(/^C/.test(l.label) && /LPT1\/_UID/.test(l.explain), `8.2.2: ${l.label} ${l.explain}`);
	});

	let permalink = null;
	await step('clicking the cell opens the diff with _UID and its note', async () => {
		await page.click(cellSel);
		await page.waitForFunction(() => {
			const p = new URL(location.href).searchParams;
			return p.get('a') && p.get('b');
		});
		await page.waitForSelector('#diff:not([hidden]) .dsec tr.entry');
		const row = page.locator('#diff tr.entry', { hasText: 'PCI0/_UID' }).first();
		await row.waitFor();
		const text = await row.textContent();
		assert(text.includes('_UID'), 'no _UID entry');
		assert(/break/.test(text), `the _UID entry is not break: ${text}`);
		const note = await row.evaluate((tr) => {
			const n = tr.nextElementSibling;
			return n && n.classList.contains('note-row') ? { text: n.textContent, link: (n.querySelector('a') || {}).href || null } : null;
		});
		assert(note && note.text.trim().length > 10, 'the _UID entry has no note');
		assert(note.link, 'the note has no link');
		const title = await page.textContent('#diff-title');
		assert(title.includes(MACHINE) && title.includes(RELEASE), `diff title: ${title}`);
		const explain = await page.textContent('#diff-explain');
		assert(/separates it from class A/.test(explain) && explain.includes('PCI0/_UID'), `diff explanation: ${explain}`);
		permalink = page.url();
	});

	await step('fixup section answers (options, unrestorable list or a graceful message)', async () => {
		await page.waitForFunction(() => {
			const b = document.getElementById('fixup-body');
			return b && b.textContent.trim() && !/Loading/.test(b.textContent);
		});
		const t = await page.textContent('#fixup-body');
		assert(!/undefined|\[object/.test(t), `fixup body: ${t.slice(0, 300)}`);
		if (await page.$('#fixup-body .fixup-unavailable')) return;	// e.g. 501: a message is enough
		const unr = await page.$$eval('#fixup-body .unrestorable li', (lis) => lis.map((l) => l.textContent));
		assert(unr.some((x) => x.includes('PCI0/_UID')), 'the _UID break is not listed as unrestorable');
		if (await page.$('#fixup-body pre.opts')) assert(await page.$('#fixup-body button.copy'), 'no copy button');
	});
	await page.screenshot({ path: path.join(outDir, 'diff-1366x768.png'), fullPage: true });

	await step('permalink restores the view', async () => {
		assert(permalink, 'no permalink');
		const p2 = await context.newPage();
		p2.on('pageerror', (e) => pageErrors.push('pageerror: ' + e.message));
		await p2.goto(permalink, { waitUntil: 'domcontentloaded' });
		await p2.waitForSelector('#diff:not([hidden]) tr.entry');
		await p2.locator('#diff tr.entry', { hasText: 'PCI0/_UID' }).first().waitFor();
		assert(await p2.inputValue('#f-min') === 'break', 'min severity not restored');
		await p2.waitForSelector(cellSel + '.sel-b');
		await p2.close();
		// And a plain reload of the same page.
		await page.reload({ waitUntil: 'domcontentloaded' });
		await page.locator('#diff tr.entry', { hasText: 'PCI0/_UID' }).first().waitFor();
		assert(await page.inputValue('#f-min') === 'break', 'min severity not restored on reload');
	});

	await step('back button closes the diff, then restores the filter', async () => {
		await page.goBack();
		await page.waitForFunction(() => !new URL(location.href).searchParams.get('b'));
		await page.waitForSelector('#diff', { state: 'hidden' });
		assert(await page.inputValue('#f-min') === 'break', 'back went too far');
		await page.goBack();
		await page.waitForFunction(() => !new URL(location.href).searchParams.get('min_severity'));
		await page.waitForFunction(() => document.getElementById('f-min').value === 'change');
		await page.goForward();
		await page.waitForFunction(() => document.getElementById('f-min').value === 'break');
		await page.goForward();
		await page.locator('#diff tr.entry', { hasText: 'PCI0/_UID' }).first().waitFor();
	});

	await step('keyboard: focus a cell, Enter opens the diff, Escape closes it', async () => {
		await page.click('#diff-close');
		await page.waitForSelector('#diff', { state: 'hidden' });
		// Focus the cell left of it, then move with the arrow key (keyboard focus shows :focus-visible).
		await page.focus(`tr.mrow[data-machine="${MACHINE}"] button.cell`);
		await page.keyboard.press('ArrowRight');
		const focused = await page.evaluate(() => {
			const a = document.activeElement;
			return { release: a && a.dataset.release, outline: a ? getComputedStyle(a).outlineStyle : 'none' };
		});
		assert(focused.release === RELEASE, `ArrowRight moved focus to ${focused.release}`);
		assert(focused.outline !== 'none', 'no visible focus outline on a focused cell');
		await page.keyboard.press('Enter');
		await page.locator('#diff tr.entry', { hasText: 'PCI0/_UID' }).first().waitFor();
		await page.keyboard.press('Escape');
		await page.waitForSelector('#diff', { state: 'hidden' });
	});

	await step('compare any two cells with shift-click', async () => {
		const cells = page.locator(`tr.mrow[data-machine="${MACHINE}"] button.cell`);
		const n = await cells.count();
		assert(n >= 3, `only ${n} cells in the row`);
		await cells.nth(n - 1).click({ modifiers: ['Shift'] });
		await page.waitForSelector('#pending:not([hidden])');
		await cells.nth(1).click();
		await page.waitForSelector('#diff:not([hidden]) .diff-summary .stat');
		const p = await page.evaluate(() => Object.fromEntries(new URL(location.href).searchParams));
		const ids = await Promise.all([cells.nth(n - 1).getAttribute('data-record'), cells.nth(1).getAttribute('data-record')]);
		assert(p.a === ids[0] && p.b === ids[1], `compared ${p.a}..${p.b}, expected ${ids[0]}..${ids[1]}`);
	});

	await step('machine search filters rows on the client', async () => {
		await page.fill('#f-q', 'q35');
		await page.waitForFunction((m) => document.querySelector(`tr.mrow[data-machine="${m}"]`).hidden, MACHINE);
		const visible = await page.$$eval('tr.mrow', (trs) => trs.filter((t) => !t.hidden).map((t) => t.dataset.machine));
		assert(visible.length && visible.every((m) => m.includes('q35')), `visible: ${visible}`);
		assert(new URL(page.url()).searchParams.get('q') === 'q35', 'search not in the URL');
		await page.fill('#f-q', '');
	});

	await step('fact path filter goes to the API and the URL', async () => {
		const resp = page.waitForResponse((r) => r.url().includes('api/v1/matrix') && r.url().includes('path=acpi'));
		await page.fill('#f-path', 'acpi/*');
		await page.press('#f-path', 'Enter');
		const r = await resp;
		assert(r.status() === 200, `matrix with a path answered ${r.status()}`);
		await page.waitForFunction(() => new URL(location.href).searchParams.get('path') === 'acpi/*');
		await page.waitForSelector(cellSel);
		const sev = await page.$eval(cellSel, (b) => b.dataset.severity);
		assert(sev === 'break', `with path acpi/* the cell is ${sev}`);
		await page.goBack();
		await page.waitForFunction(() => document.getElementById('f-path').value === '');
	});

	await step('a tab per architecture: aarch64 shows the virt family only, "all" brings x86 back', async () => {
		const p5 = await context.newPage();
		await p5.goto(url, { waitUntil: 'domcontentloaded' });
		await p5.waitForSelector('#arch-tabs button.arch-tab[data-arch="aarch64"]');
		const tabs = await p5.$$eval('#arch-tabs button.arch-tab', (bs) => bs.map((b) => b.dataset.arch));
		assert(['', 'aarch64', 'ppc64', 'x86_64'].every((a) => tabs.includes(a)), `tabs: ${tabs}`);
		const resp = p5.waitForResponse((r) => r.url().includes('api/v1/matrix') && r.url().includes('arch=aarch64'));
		await p5.click('#arch-tabs button.arch-tab[data-arch="aarch64"]');
		await resp;
		await p5.waitForFunction(() => new URL(location.href).searchParams.get('arch') === 'aarch64');
		await p5.waitForSelector('tr.mrow[data-machine="virt-7.2"]');
		const fams = await p5.$$eval('#matrix tr.fam', (trs) => trs.map((t) => t.dataset.family));
		assert(fams.length === 1 && fams[0] === 'virt', `families on the aarch64 tab: ${fams}`);
		const pressed = await p5.$eval('#arch-tabs button.arch-tab[data-arch="aarch64"]', (b) => b.getAttribute('aria-pressed'));
		assert(pressed === 'true', 'the aarch64 tab is not marked as selected');
		await p5.click('#arch-tabs button.arch-tab[data-arch=""]');
		await p5.waitForSelector(`tr.mrow[data-machine="${MACHINE}"]`);
		await p5.close();
	});

	await step('a bad permalink shows an error, not a blank page', async () => {
		const u = new URL(url);
		u.searchParams.set('a', '999999');
		u.searchParams.set('b', '999998');
		const p4 = await context.newPage();
		await p4.goto(u.href, { waitUntil: 'domcontentloaded' });
		await p4.waitForFunction(() => /Could not load the diff/.test(document.getElementById('diff-sub').textContent));
		await p4.waitForSelector('button.cell');
		await p4.close();
	});

	await step('phone width: matrix scrolls horizontally with a sticky first column', async () => {
		const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
		const p3 = await phone.newPage();
		p3.on('pageerror', (e) => pageErrors.push('pageerror: ' + e.message));
		const u = new URL(url);
		u.searchParams.set('min_severity', 'break');
		await p3.goto(u.href, { waitUntil: 'domcontentloaded' });
		await p3.waitForSelector(cellSel);
		const docOverflow = await p3.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		assert(docOverflow <= 1, `the page itself scrolls sideways by ${docOverflow}px`);
		await p3.screenshot({ path: path.join(outDir, 'matrix-phone.png'), fullPage: true });
		const sticky = await p3.evaluate(() => {
			const w = document.getElementById('matrix-wrap');
			const th = document.querySelector('th.mname');
			const before = th.getBoundingClientRect().left;
			w.scrollLeft = 400;
			return { scrollable: w.scrollWidth > w.clientWidth, scrolled: w.scrollLeft, moved: th.getBoundingClientRect().left - before,
				pos: getComputedStyle(th).position };
		});
		assert(sticky.pos === 'sticky', `first column is ${sticky.pos}`);
		if (sticky.scrollable) assert(Math.abs(sticky.moved) < 1, `first column moved by ${sticky.moved}px while scrolling`);
		await p3.tap(cellSel);
		await p3.locator('#diff tr.entry', { hasText: 'PCI0/_UID' }).first().waitFor();
		const diffOverflow = await p3.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		assert(diffOverflow <= 1, `the diff makes the page scroll sideways by ${diffOverflow}px`);
		await p3.evaluate(() => document.getElementById('diff').scrollIntoView());
		await p3.screenshot({ path: path.join(outDir, 'diff-phone.png') });
		await phone.close();
	});

	await step('migration grid: pc-i440fx-5.0 loads both ways between all five releases', async () => {
		await page.goto(url, { waitUntil: 'domcontentloaded' });
		await page.fill('#mig-machine', MACHINE);
		await page.click('#mig-show');
		await page.waitForSelector('#mig-grid td.mig-ok');
		const g = await page.evaluate(() => ({
			ok: document.querySelectorAll('#mig-grid td.mig-ok').length,
			broken: document.querySelectorAll('#mig-grid td.mig-break').length,
			cols: [...document.querySelectorAll('#mig-grid thead th')].map((t) => t.textContent),
			title: document.querySelector('#mig-grid tbody tr:nth-child(5) td:nth-child(2)').title,
			status: document.getElementById('mig-status').textContent,
		}));
		assert(g.cols.join(' ') === 'from \\ to 5.0.0 5.2.0 6.2.0 7.2.22 8.2.2', `columns: ${g.cols.join(' ')}`);
		assert(g.ok === 20 && g.broken === 0, `${g.ok} ok and ${g.broken} break cells`);
		assert(g.title === '8.2.2 → 5.0.0 (backward): loads', `8.2.2 -> 5.0.0 cell: ${g.title}`);
		assert(/20 of 20 directions load/.test(g.status), `status: ${g.status}`);
		await page.fill('#mig-machine', 'pc-q35-0.1');
		await page.click('#mig-show');
		await page.waitForFunction(() => /no record/.test(document.getElementById('mig-status').textContent));
		assert(await page.locator('#mig-grid').isHidden(), 'the grid stays shown for an unknown machine type');
		await page.screenshot({ path: path.join(outDir, 'migrations.png'), fullPage: true });
	});

	await step('no script errors and nothing loaded from outside', async () => {
		assert(pageErrors.length === 0, pageErrors.join('; '));
		assert(outside.length === 0, 'outside requests: ' + outside.join(', '));
	});
} catch (e) {
	fail('test run', e);
} finally {
	await browser.close();
}

console.log(`screenshots in ${outDir}/`);
console.log(`browser: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
