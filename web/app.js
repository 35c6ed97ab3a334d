/* abidb web page: the ABI matrix, diffs and fixups.  Plain JavaScript, no build step.
 *
 * All data goes into the DOM through textContent / attributes, never innerHTML.
 * Every view's state lives in the query string of the page URL (see STATE_KEYS);
 * history.pushState records each change and popstate restores it.
 * API URLs are relative ("api/v1/...") and resolved against document.baseURI, so the page
 * works behind any base path (e.g. /abi/).
 */
'use strict';

(function () {
	const SEVERITIES = ['none', 'info', 'change', 'break'];
	const SEV_SYMBOL = { none: '', info: '·', change: '◆', break: '▲' };
	const SEV_WORD = { none: 'same as class A', info: 'info', change: 'change', break: 'break' };
	const DEFAULTS = { family: '', arch: '', view: 'guest', min_severity: 'change', path: '', q: '',
		compare: '', a: '', b: '' };
	const STATE_KEYS = Object.keys(DEFAULTS);
	const SERVER_KEYS = ['family', 'arch', 'view', 'min_severity', 'path'];
	const ROWS_PER_CHUNK = 300;	/* diff rows rendered per section before "show more" */

	const $ = (id) => document.getElementById(id);
	const els = {
		form: $('filters'), family: $('f-family'), arch: $('f-arch'), view: $('f-view'),
		min: $('f-min'), path: $('f-path'), q: $('f-q'), compare: $('f-compare'),
		legend: $('legend'), status: $('status'), pending: $('pending'), archTabs: $('arch-tabs'),
		wrap: $('matrix-wrap'), table: $('matrix'), diff: $('diff'), diffTitle: $('diff-title'),
		diffSub: $('diff-sub'), diffJSON: $('diff-json'), diffSummary: $('diff-summary'), diffSections: $('diff-sections'),
		fixupBody: $('fixup-body'), hideQuiet: $('d-hide-quiet'), apiLink: $('api-link'),
	};

	let state = Object.assign({}, DEFAULTS);
	let matrix = null;		/* last matrix answer */
	let matrixKey = null;		/* the server-side filters it was loaded with */
	let pending = null;		/* first cell of a comparison: {record, machine, release, stream, cls} */
	let cellsByRecord = new Map();	/* record id -> button */
	let lastDiff = null;
	const knownFamilies = new Set();
	const knownArches = new Set();
	let matrixSeq = 0, diffSeq = 0, fixupSeq = 0;

	/* ---------- helpers ---------- */

	function el(tag, attrs, ...children) {
		const e = document.createElement(tag);
		if (attrs) {
			for (const [k, v] of Object.entries(attrs)) {
				if (v === null || v === undefined || v === false) continue;
				if (k === 'class') e.className = v;
				else if (k === 'text') e.textContent = v;
				else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
				else e.setAttribute(k, v === true ? '' : String(v));
			}
		}
		for (const c of children) {
			if (c === null || c === undefined || c === false) continue;
			e.append(c instanceof Node ? c : document.createTextNode(String(c)));
		}
		return e;
	}

	/*
	 * The path form of a query (docs/export.md): api/v1/ROUTE/NAME=VALUE/....json, arguments sorted
	 * by name.  abidb serve answers it like the query form, and a static export (abidb export site)
	 * holds it as a file, so the page asks the same URL of both.  A value a path cannot carry (a
	 * fact-path glob with '/') falls back to the query form, which only a live server answers.
	 */
	const PATH_SAFE = /^[A-Za-z0-9._,-]+$/;

	function apiURL(route, params) {
		const kv = Object.entries(params || {})
			.filter(([, v]) => v !== '' && v !== null && v !== undefined)
			.map(([k, v]) => [k, String(v)])
			.sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
		if (kv.every(([k, v]) => PATH_SAFE.test(k) && PATH_SAFE.test(v))) {
			return new URL('api/v1/' + route + kv.map(([k, v]) => '/' + k + '=' + v).join('') + '.json', document.baseURI);
		}
		const u = new URL('api/v1/' + route, document.baseURI);
		for (const [k, v] of kv) u.searchParams.set(k, v);
		return u;
	}

	async function getJSON(url) {
		let res;
		try {
			res = await fetch(url, { headers: { Accept: 'application/json' } });
		} catch (e) {
			const err = new Error('network error: ' + e.message);
			err.status = 0;
			throw err;
		}
		let body = null;
		try { body = await res.json(); } catch (e) { body = null; }
		if (!res.ok || !body || body.ok === false) {
			/* a static host's 404 (or folder listing) is not our JSON: a static export holds only what the page links to */
			const msg = body && body.error ? body.error : res.status === 404 || res.ok
				? 'not in this copy (a static export answers the default views and the links of the matrix; ' +
					'fact-path filters and other pairs need abidb serve)'
				: res.statusText || 'request failed';
			const err = new Error(msg);
			err.status = (body && body.status) || res.status;
			throw err;
		}
		return body;
	}

	function safeLink(href) {
		try {
			const u = new URL(href, document.baseURI);
			return (u.protocol === 'http:' || u.protocol === 'https:') ? u.href : null;
		} catch (e) { return null; }
	}

	function sevRank(s) { const i = SEVERITIES.indexOf(s); return i < 0 ? 0 : i; }

	function sevBadge(s) {
		const sev = SEVERITIES.includes(s) ? s : 'none';
		return el('span', { class: 'badge sev-' + sev, title: 'severity: ' + sev },
			SEV_SYMBOL[sev] ? el('span', { class: 'sym', 'aria-hidden': 'true' }, SEV_SYMBOL[sev]) : null,
			sev === 'none' ? 'none' : sev);
	}

	function classIndex(letter) {
		if (typeof letter !== 'string' || !letter) return -1;
		return letter.toUpperCase().charCodeAt(0) - 65;
	}

	function releaseLabel(version, stream) {
		return stream && stream !== 'upstream' ? version + ' (' + stream + ')' : version;
	}

	function setStatus(text, kind) {
		els.status.textContent = text || '';
		els.status.className = 'status' + (kind ? ' ' + kind : '');
	}

	function plural(n, one, many) { return n + ' ' + (n === 1 ? one : (many || one + 's')); }

	/* Natural order of machine names: pc-q35-4.0 < pc-q35-4.0.1 < pc-q35-10.0. */
	const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

	/* ---------- URL state ---------- */

	function readState() {
		const p = new URLSearchParams(location.search);
		const s = Object.assign({}, DEFAULTS);
		for (const k of STATE_KEYS) if (p.has(k)) s[k] = p.get(k);
		if (!['guest', 'migration', 'properties', 'all'].includes(s.view)) s.view = DEFAULTS.view;
		if (!['info', 'change', 'break'].includes(s.min_severity)) s.min_severity = DEFAULTS.min_severity;
		if (!/^\d+$/.test(s.a) || !/^\d+$/.test(s.b)) { s.a = ''; s.b = ''; }
		s.compare = s.compare ? '1' : '';
		return s;
	}

	function stateQuery(s) {
		const p = new URLSearchParams();
		for (const k of STATE_KEYS) if (s[k] !== DEFAULTS[k] && s[k] !== '') p.set(k, s[k]);
		const q = p.toString();
		return q ? '?' + q : '';
	}

	function commit(push) {
		const url = location.pathname + stateQuery(state) + location.hash;
		if (url === location.pathname + location.search + location.hash) return;
		if (push) history.pushState(null, '', url);
		else history.replaceState(null, '', url);
	}

	function serverKey(s) { return SERVER_KEYS.map((k) => k + '=' + s[k]).join('&'); }

	/* ---------- filters ---------- */

	function ensureOption(select, value) {
		if (!value) return;
		for (const o of select.options) if (o.value === value) return;
		select.append(el('option', { value }, value));
	}

	function fillSelect(select, values, current) {
		const keep = new Set(values);
		if (current) keep.add(current);
		const sorted = [...keep].sort(collator.compare);
		while (select.options.length > 1) select.remove(1);
		for (const v of sorted) select.append(el('option', { value: v }, v));
		select.value = current || '';
	}

	/* One tab per architecture (all, aarch64, ppc64, s390x, x86_64): the arch filter, its families grouped below. */
	function renderArchTabs() {
		const arches = ['', ...[...knownArches].sort(collator.compare)];
		if (state.arch && !knownArches.has(state.arch)) arches.push(state.arch);
		els.archTabs.replaceChildren(...arches.map((a) => el('button', {
			type: 'button', class: 'arch-tab', 'data-arch': a, 'aria-pressed': String((state.arch || '') === a),
			onclick: () => { els.arch.value = a; onFilterChange(true); },
		}, a || 'all architectures')));
		els.archTabs.hidden = knownArches.size < 2 && !state.arch;
	}

	function stateToForm() {
		ensureOption(els.family, state.family);
		ensureOption(els.arch, state.arch);
		els.family.value = state.family;
		els.arch.value = state.arch;
		els.view.value = state.view;
		els.min.value = state.min_severity;
		els.path.value = state.path;
		els.q.value = state.q;
		els.compare.checked = !!state.compare;
		document.body.classList.toggle('compare-mode', !!state.compare);
	}

	function formToState() {
		state.family = els.family.value;
		state.arch = els.arch.value;
		state.view = els.view.value;
		state.min_severity = els.min.value;
		state.path = els.path.value.trim();
		state.q = els.q.value;
		state.compare = els.compare.checked ? '1' : '';
		document.body.classList.toggle('compare-mode', !!state.compare);
	}

	function onFilterChange(push) {
		formToState();
		commit(push);
		refreshMatrix();
		if (state.a && state.b && (!lastDiff || lastDiff._key !== diffKey())) loadDiff(false);
	}

	/* Families and arches for the filters, from the list of machine types (best effort). */
	async function loadMachines() {
		try {
			const data = await getJSON(apiURL('machines'));
			const list = Array.isArray(data) ? data : (data && (data.machines || data.items || data.rows)) || [];
			for (const m of list) {
				if (m && m.family) knownFamilies.add(m.family);
				if (m && m.arch) knownArches.add(m.arch);
			}
			fillSelect(els.family, knownFamilies, state.family);
			fillSelect(els.arch, knownArches, state.arch);
			renderArchTabs();
		} catch (e) { /* the matrix fills them too */ }
	}

	/* ---------- legend ---------- */

	function buildLegend() {
		const sample = (label, sev, text, extra) => el('li', { class: 'legend-item', 'data-severity': sev },
			el('span', { class: 'cell swatch ' + cellClasses(label.charAt(0), sev) + (extra ? ' ' + extra : ''), 'aria-hidden': 'true' },
				el('span', { class: 'letter' }, label),
				el('span', { class: 'sym' }, SEV_SYMBOL[sev] || '')),
			' ', text);
		els.legend.replaceChildren(
			el('h2', { class: 'vh' }, 'Legend'),
			el('ul', null,
				el('li', { class: 'legend-key' }, 'Colour and symbol: the severity of the difference from class A. ' +
					'Letter: ABI class; a new letter is a break from every earlier class. ' +
					'′: the same class, different by changes only. Hover a cell for what separates it from A.'),
				sample('A', 'none', 'same as class A (the first release)'),
				sample('B', 'break', 'break: what guests identify hardware by, or what migration needs'),
				sample('A′', 'change', 'change: other guest-visible content'),
				sample('A', 'info', 'info: host-side, harmless'),
				sample('C', 'break', 'partial: compared on the sections both records have', 'partial'),
				el('li', null, el('span', { class: 'cell swatch empty', 'aria-hidden': 'true' }, '–'), ' no record'),
				el('li', null, el('span', { class: 'cell swatch sev-break has-note', 'aria-hidden': 'true' },
					el('span', { class: 'letter' }, 'B'), el('span', { class: 'notemark' }, '*')), ' known-issue note'),
				el('li', null, el('span', { class: 'cell swatch pend', 'aria-hidden': 'true' }, ' '),
					' selected')));
	}

	/* Colours mean severity against class A, never the class. */
	function cellClasses(cls, sev) {
		const parts = [];
		if (cls === 'A') parts.push('cls-a');
		parts.push('sev-' + (SEVERITIES.includes(sev) ? sev : 'none'));
		return parts.join(' ');
	}

	/* ---------- matrix ---------- */

	async function refreshMatrix() {
		const key = serverKey(state);
		if (key === matrixKey && matrix) { renderRowsVisibility(); markSelection(); updateApiLink(); return; }
		const seq = ++matrixSeq;
		setStatus('Loading the matrix…', 'busy');
		els.table.setAttribute('aria-busy', 'true');
		const params = matrixParams();
		updateApiLink();
		try {
			const data = await getJSON(apiURL('matrix', params));
			if (seq !== matrixSeq) return;
			matrix = data;
			matrixKey = key;
			renderMatrix();
		} catch (e) {
			if (seq !== matrixSeq) return;
			matrix = null;
			matrixKey = null;
			els.table.tHead.replaceChildren();
			els.table.tBodies[0].replaceChildren();
			setStatus('Could not load the matrix: ' + e.message + (e.status ? ' (HTTP ' + e.status + ')' : ''), 'error');
		} finally {
			if (seq === matrixSeq) els.table.removeAttribute('aria-busy');
		}
	}

	/*
	 * The matrix splits classes on break (the promise) and marks records that differ from their class
	 * by changes only as sub-classes (C′); the page's minimum severity filters the diffs.  Only "break"
	 * is passed on, which splits the same way.
	 */
	function matrixParams() {
		const params = {};
		for (const k of SERVER_KEYS) params[k] = state[k];
		if (params.min_severity !== 'break') delete params.min_severity;
		return params;
	}

	function updateApiLink() {
		els.apiLink.href = apiURL('matrix', matrixParams()).href;
	}

	/* "C''" -> "C″": the class letter and its sub-class primes. */
	function cellLabel(c) {
		const n = typeof c.sub === 'number' && c.sub > 0 ? c.sub : 0;
		return (c.class || '?') + (n === 1 ? '′' : n === 2 ? '″' : n > 2 ? '‴'.repeat(Math.floor(n / 3)) + (n % 3 === 1 ? '′' : n % 3 === 2 ? '″' : '') : '');
	}

	/* Rows by family of one architecture: virt of aarch64 and virt of riscv64 are two groups. */
	function groupRows(rows) {
		const fams = new Map();
		for (const r of rows) {
			const f = (r.arch || '') + '\u0000' + (r.family || '(no family)');
			if (!fams.has(f)) fams.set(f, []);
			fams.get(f).push(r);
		}
		for (const list of fams.values()) list.sort((x, y) => collator.compare(x.machine || '', y.machine || ''));
		return fams;
	}

	function renderMatrix() {
		const releases = Array.isArray(matrix.releases) ? matrix.releases : [];
		const rows = Array.isArray(matrix.rows) ? matrix.rows : [];
		for (const r of rows) { if (r.family) knownFamilies.add(r.family); if (r.arch) knownArches.add(r.arch); }
		fillSelect(els.family, knownFamilies, state.family);
		fillSelect(els.arch, knownArches, state.arch);
		renderArchTabs();

		const thead = els.table.tHead;
		const hr = el('tr', null, el('th', { scope: 'col', class: 'corner' }, 'machine type'));
		for (const rel of releases) {
			hr.append(el('th', { scope: 'col', class: 'rel', title: rel.package ? rel.package : null },
				el('span', { class: 'ver' }, rel.version),
				rel.stream && rel.stream !== 'upstream' ? el('span', { class: 'stream' }, rel.stream) : null));
		}
		thead.replaceChildren(hr);

		const tbody = els.table.tBodies[0];
		const frag = document.createDocumentFragment();
		cellsByRecord = new Map();
		let rowIndex = 0;
		for (const [key, list] of groupRows(rows)) {
			const fam = key.slice(key.indexOf('\u0000') + 1);
			const arches = list[0].arch || '';
			frag.append(el('tr', { class: 'fam', 'data-family': fam },
				el('th', { scope: 'colgroup', colspan: releases.length + 1 },
					el('span', { class: 'fam-name' }, fam),
					arches ? el('span', { class: 'fam-arch' }, ' ' + arches) : null)));
			for (const row of list) {
				frag.append(renderRow(row, releases, rowIndex++));
			}
		}
		tbody.replaceChildren(frag);
		if (!rows.length) {
			tbody.append(el('tr', null, el('td', { colspan: releases.length + 1, class: 'empty-msg' },
				'No machine types match these filters.')));
		}
		renderRowsVisibility();
		markSelection();
	}

	function firstClassA(row) {
		for (const c of row.cells || []) if (c && c.class === 'A') return c;
		for (const c of row.cells || []) if (c) return c;
		return null;
	}

	function renderRow(row, releases, rowIndex) {
		const tr = el('tr', { class: 'mrow', 'data-machine': row.machine || '' });
		tr.append(el('th', { scope: 'row', class: 'mname' },
			el('span', null, row.machine || '?'),
			row.classes > 1 ? el('span', { class: 'nclasses', title: plural(row.classes, 'ABI class', 'ABI classes') },
				String(row.classes)) : null));
		const cells = Array.isArray(row.cells) ? row.cells : [];
		for (let j = 0; j < releases.length; j++) {
			const c = cells[j];
			if (!c) {
				tr.append(el('td', { class: 'nocell' },
					el('span', { class: 'cell empty', title: (row.machine || '') + ' has no record in ' + releaseLabel(releases[j].version, releases[j].stream) }, '–')));
				continue;
			}
			const sev = SEVERITIES.includes(c.severity) ? c.severity : 'none';
			const rel = releaseLabel(c.release || releases[j].version, c.stream || releases[j].stream);
			const label = cellLabel(c);
			let tip = (row.machine || '') + ' in ' + rel + ': class ' + label;
			if (c.class === 'A' && !c.diff) tip += ', same ABI as class A';
			else tip += ', ' + plural(c.diff || 0, 'fact differs', 'facts differ') + ' from class A' +
				(sev !== 'none' ? ' (severity ' + sev + ')' : '');
			if (c.waived) tip += ', ' + c.waived + ' waived';
			if (c.partial) tip += ', compared on part of the sections';
			if (c.explain) tip += '. ' + c.explain;
			if (c.note && c.note.text) tip += '. Known issue: ' + c.note.text;
			const b = el('button', {
				type: 'button',
				class: 'cell ' + cellClasses(c.class, sev) + (c.note ? ' has-note' : '') + (c.partial ? ' partial' : '') +
					(c.sub ? ' sub' : ''),
				title: tip, 'aria-label': tip,
				'data-record': c.record, 'data-row': rowIndex, 'data-col': j,
				'data-release': c.release || releases[j].version, 'data-class': c.class || '',
				'data-severity': sev, 'data-label': label, 'data-explain': c.explain || '',
			},
			el('span', { class: 'letter', 'aria-hidden': 'true' }, c.class || '?'),
			c.sub ? el('span', { class: 'prime', 'aria-hidden': 'true' }, label.slice(1)) : null,
			el('span', { class: 'sym', 'aria-hidden': 'true' }, SEV_SYMBOL[sev]),
			c.note ? el('span', { class: 'notemark', 'aria-hidden': 'true' }, '*') : null);
			b._abidb = { row, cell: c };
			cellsByRecord.set(String(c.record), b);
			tr.append(el('td', null, b));
		}
		return tr;
	}

	function matchesSearch(name, q) {
		q = q.trim().toLowerCase();
		if (!q) return true;
		name = name.toLowerCase();
		if (/[*?]/.test(q)) {
			const re = new RegExp('^' + q.split('').map((ch) => ch === '*' ? '.*' : ch === '?' ? '.' :
				ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')).join('') + '$');
			return re.test(name);
		}
		return q.split(/\s+/).every((w) => name.includes(w));
	}

	function renderRowsVisibility() {
		if (!matrix) return;
		const tbody = els.table.tBodies[0];
		let shown = 0, total = 0, famRow = null, famShown = 0;
		const flush = () => { if (famRow) famRow.hidden = famShown === 0; };
		for (const tr of tbody.rows) {
			if (tr.classList.contains('fam')) { flush(); famRow = tr; famShown = 0; continue; }
			if (!tr.classList.contains('mrow')) continue;
			total++;
			const ok = matchesSearch(tr.dataset.machine, state.q);
			tr.hidden = !ok;
			if (ok) { shown++; famShown++; }
		}
		flush();
		const nrel = (matrix.releases || []).length;
		let msg = plural(total, 'machine type') + ' × ' + plural(nrel, 'release') +
			' · view ' + (matrix.view || state.view) + ', severity ≥ ' + (matrix.min_severity || state.min_severity);
		if (matrix.path) msg += ', facts ' + matrix.path;
		if (state.q.trim()) msg += ' · ' + shown + ' of ' + total + ' match “' + state.q.trim() + '”';
		setStatus(msg);
	}

	function markSelection() {
		for (const b of els.table.querySelectorAll('.cell.sel-a, .cell.sel-b, .cell.pend')) {
			b.classList.remove('sel-a', 'sel-b', 'pend');
			b.removeAttribute('aria-pressed');
		}
		const a = cellsByRecord.get(state.a), b = cellsByRecord.get(state.b);
		if (a) a.classList.add('sel-a');
		if (b) b.classList.add('sel-b');
		if (pending) {
			const p = cellsByRecord.get(String(pending.record));
			if (p) { p.classList.add('pend'); p.setAttribute('aria-pressed', 'true'); }
		}
	}

	/* ---------- cell interaction ---------- */

	function cellInfo(button) {
		const { row, cell } = button._abidb;
		return { record: String(cell.record), machine: row.machine, release: cell.release,
			stream: cell.stream, cls: cell.class };
	}

	function activateCell(button, compare) {
		const info = cellInfo(button);
		if (compare || pending) {
			if (!pending) {
				pending = info;
				els.pending.hidden = false;
				els.pending.textContent = 'Comparing from ' + info.machine + ' in ' +
					releaseLabel(info.release, info.stream) + ' (class ' + info.cls + '): pick the second cell, or press Escape to cancel.';
				markSelection();
				return;
			}
			const from = pending;
			clearPending();
			if (from.record === info.record) { markSelection(); return; }
			openDiff(from.record, info.record, true);
			return;
		}
		const { row } = button._abidb;
		const ref = firstClassA(row);
		if (!ref || String(ref.record) === info.record) {
			setStatus(info.machine + ' in ' + releaseLabel(info.release, info.stream) +
				' is the reference (class A) cell. Shift-click it, then another cell, to compare it with anything.', 'info');
			return;
		}
		openDiff(String(ref.record), info.record, true);
	}

	function clearPending() {
		pending = null;
		els.pending.hidden = true;
		els.pending.textContent = '';
		markSelection();
	}

	function onTableClick(ev) {
		const b = ev.target.closest('button.cell');
		if (!b || !b._abidb) return;
		activateCell(b, ev.shiftKey || !!state.compare);
	}

	function onTableKey(ev) {
		const b = ev.target.closest('button.cell');
		if (!b) return;
		if (ev.key === 'Enter' && ev.shiftKey) { ev.preventDefault(); activateCell(b, true); return; }
		const moves = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] };
		const mv = moves[ev.key];
		if (!mv) return;
		ev.preventDefault();
		const buttons = [...els.table.querySelectorAll('button.cell')].filter((x) => !x.closest('tr').hidden);
		const r = +b.dataset.row, c = +b.dataset.col;
		let best = null, bestD = Infinity;
		for (const x of buttons) {
			const xr = +x.dataset.row, xc = +x.dataset.col;
			const dr = xr - r, dc = xc - c;
			if (mv[0] && Math.sign(dr) !== mv[0]) continue;
			if (mv[1] && (Math.sign(dc) !== mv[1] || dr !== 0)) continue;
			const d = mv[0] ? Math.abs(dr) * 100 + Math.abs(dc) : Math.abs(dc);
			if (d < bestD) { bestD = d; best = x; }
		}
		if (best) best.focus();
	}

	/* ---------- diff ---------- */

	function openDiff(a, b, push) {
		state.a = String(a);
		state.b = String(b);
		commit(push);
		markSelection();
		loadDiff(true);
	}

	function closeDiff(push) {
		const focusBack = cellsByRecord.get(state.b);
		state.a = '';
		state.b = '';
		commit(push);
		els.diff.hidden = true;
		lastDiff = null;
		markSelection();
		if (focusBack) focusBack.focus();
	}

	async function loadDiff(focus) {
		if (!state.a || !state.b) { els.diff.hidden = true; lastDiff = null; return; }
		const seq = ++diffSeq;
		els.diff.hidden = false;
		els.diff.setAttribute('aria-busy', 'true');
		els.diffTitle.textContent = 'Diff';
		els.diffSub.textContent = 'Loading the diff of records ' + state.a + ' and ' + state.b + '…';
		els.diffSummary.replaceChildren();
		els.diffSections.replaceChildren();
		els.fixupBody.replaceChildren();
		const u = apiURL('diff', { a: state.a, b: state.b, view: state.view,
			min_severity: state.min_severity, path: state.path });
		els.diffJSON.href = u.href;
		try {
			const d = await getJSON(u);
			if (seq !== diffSeq) return;
			d._key = diffKey();
			lastDiff = d;
			renderDiff(d);
			loadFixup(d);
			if (focus) {
				els.diff.focus({ preventScroll: true });
				els.diff.scrollIntoView({ block: 'start', behavior: 'instant' in document.documentElement.style ? 'instant' : 'auto' });
			}
		} catch (e) {
			if (seq !== diffSeq) return;
			els.diffSub.textContent = 'Could not load the diff: ' + e.message + (e.status ? ' (HTTP ' + e.status + ')' : '');
			els.diffSub.className = 'diff-sub error';
		} finally {
			if (seq === diffSeq) els.diff.removeAttribute('aria-busy');
		}
	}

	function diffKey() { return state.view + '/' + state.min_severity + '/' + state.path; }

	function side(r) {
		return (r.machine || '?') + ' in ' + releaseLabel(r.release || '?', r.stream);
	}

	function renderDiff(d) {
		renderDiffHeader(d);
		const s = d.summary || {};
		els.diffSummary.replaceChildren(
			el('span', { class: 'stat' }, plural(s.entries || 0, 'entry', 'entries')),
			el('span', { class: 'stat' }, (s.counted || 0) + ' counted'),
			el('span', { class: 'stat' }, (s.waived || 0) + ' waived'),
			el('span', { class: 'stat' }, (s.expected || 0) + ' expected'),
			el('span', { class: 'stat' }, 'max ', sevBadge(s.max_severity || 'none')));
		renderDiffSections(d);
	}

	function renderDiffHeader(d) {
		const a = d.a || {}, b = d.b || {};
		els.diffSub.className = 'diff-sub';
		if (a.machine === b.machine) {
			els.diffTitle.textContent = (a.machine || '?') + ': ' + releaseLabel(a.release || '?', a.stream) +
				' → ' + releaseLabel(b.release || '?', b.stream);
		} else {
			els.diffTitle.textContent = side(a) + ' → ' + side(b);
		}
		const ca = cellsByRecord.get(String(a.id)), cb = cellsByRecord.get(String(b.id));
		const clsA = ca ? ca.dataset.class : null, clsB = cb ? cb.dataset.class : null;
		els.diffSub.replaceChildren(
			'Old: ', el('b', null, side(a)), ' (record ' + a.id + (clsA ? ', class ' + (ca.dataset.label || clsA) : '') + (a.arch ? ', ' + a.arch : '') + ')',
			' · New: ', el('b', null, side(b)), ' (record ' + b.id + (clsB ? ', class ' + (cb.dataset.label || clsB) : '') + (b.arch ? ', ' + b.arch : '') + ')',
			' · view ' + state.view + ', severity ≥ ' + state.min_severity + (state.path ? ', facts ' + state.path : ''));
		const explain = $('diff-explain');
		if (explain) {
			const ref = cb && cb._abidb ? firstClassA(cb._abidb.row) : null;
			const isA = !!ref && String(ref.record) === String(a.id);
			explain.textContent = isA && cb && cb.dataset.explain ? 'What separates it from class A: ' + cb.dataset.explain : '';
			explain.hidden = !explain.textContent;
		}
	}

	function renderDiffSections(d) {
		const sections = Array.isArray(d.sections) ? d.sections : [];
		const hideQuiet = els.hideQuiet.checked;
		const total = sections.reduce((n, s) => n + (s.entries || []).length, 0);
		const frag = document.createDocumentFragment();
		if (!total) frag.append(el('p', { class: 'muted' }, 'No differences at this view and severity.'));
		for (const sec of sections) {
			let entries = Array.isArray(sec.entries) ? sec.entries : [];
			const all = entries.length;
			if (hideQuiet) entries = entries.filter((e) => !e.waived && !e.expected);
			const max = entries.reduce((m, e) => Math.max(m, e.waived || e.expected ? 0 : sevRank(e.severity)), 0);
			const counts = { break: 0, change: 0, info: 0 };
			for (const e of entries) if (counts[e.severity] !== undefined) counts[e.severity]++;
			const det = el('details', { class: 'dsec', 'data-section': sec.section || '' });
			det.open = total <= 200 || max >= 2;
			const sum = el('summary', null,
				el('span', { class: 'sec-name' }, sec.section || '?'),
				' ', el('span', { class: 'muted' }, plural(entries.length, 'entry', 'entries') + (entries.length !== all ? ' shown of ' + all : '')),
				' ', max ? sevBadge(SEVERITIES[max]) : null,
				el('span', { class: 'sec-counts muted' },
					Object.entries(counts).filter(([, n]) => n).map(([k, n]) => n + ' ' + k).join(', ')));
			det.append(sum);
			const table = el('table', { class: 'dtable' },
				el('thead', null, el('tr', null,
					el('th', { scope: 'col', class: 'c-path' }, 'fact path'),
					el('th', { scope: 'col', class: 'c-old' }, 'old'),
					el('th', { scope: 'col', class: 'c-new' }, 'new'),
					el('th', { scope: 'col', class: 'c-sev' }, 'severity'))));
			const tbody = el('tbody');
			table.append(tbody);
			let shown = 0;
			const more = el('button', { type: 'button', class: 'more' });
			const addChunk = () => {
				const end = Math.min(entries.length, shown + ROWS_PER_CHUNK);
				const f = document.createDocumentFragment();
				for (; shown < end; shown++) renderEntry(f, entries[shown]);
				tbody.append(f);
				if (shown < entries.length) more.textContent = 'Show ' + Math.min(ROWS_PER_CHUNK, entries.length - shown) + ' more (' + (entries.length - shown) + ' left)';
				else more.remove();
			};
			more.addEventListener('click', addChunk);
			det.append(el('div', { class: 'dtable-wrap' }, table), more);
			addChunk();
			frag.append(det);
		}
		els.diffSections.replaceChildren(frag);
	}

	function valueCell(cls, v, label) {
		const td = el('td', { class: cls, 'data-label': label });
		if (v === null || v === undefined) td.append(el('span', { class: 'absent' }, '(absent)'));
		else td.append(el('code', null, String(v)));
		return td;
	}

	function renderEntry(frag, e) {
		const sev = SEVERITIES.includes(e.severity) ? e.severity : 'none';
		const tr = el('tr', { class: 'entry kind-' + (e.kind || 'changed') + ' sev-' + sev +
			(e.waived ? ' waived' : '') + (e.expected ? ' expected' : '') + (e.note ? ' noted' : '') });
		const marks = el('span', { class: 'marks' });
		if (e.kind === 'added') marks.append(el('span', { class: 'tag tag-added' }, '+ added'));
		if (e.kind === 'removed') marks.append(el('span', { class: 'tag tag-removed' }, '− removed'));
		if (e.waived) marks.append(el('span', { class: 'tag tag-waived', title: e.waived.reason || '' },
			'waived' + (e.waived.reason ? ': ' + e.waived.reason : '')));
		if (e.expected) marks.append(el('span', { class: 'tag tag-expected', title: 'only the machine type\'s own name differs' }, 'expected'));
		if (e.note) marks.append(el('span', { class: 'tag tag-note' }, el('span', { class: 'i-icon', 'aria-hidden': 'true' }, 'i'), ' known issue'));
		tr.append(
			el('td', { class: 'c-path', 'data-label': 'path' }, el('code', null, e.path || ''), marks),
			valueCell('c-old', e.old, 'old'),
			valueCell('c-new', e.new, 'new'),
			el('td', { class: 'c-sev', 'data-label': 'severity' }, sevBadge(sev),
				e.rule ? el('span', { class: 'rule muted' }, e.rule) : null));
		frag.append(tr);
		if (e.note && (e.note.text || e.note.link)) {
			const link = e.note.link ? safeLink(e.note.link) : null;
			frag.append(el('tr', { class: 'note-row' },
				el('td', { colspan: 4 },
					el('div', { class: 'note' },
						el('span', { class: 'i-icon', 'aria-hidden': 'true' }, 'i'), ' ',
						el('b', null, 'Known issue: '),
						el('span', { class: 'note-text' }, e.note.text || ''),
						link ? ' ' : null,
						link ? el('a', { href: link, rel: 'noopener noreferrer', target: '_blank' }, 'details') : null,
						e.note.link && !link ? el('span', { class: 'muted' }, ' (' + e.note.link + ')') : null))));
		}
	}

	/* ---------- fixup ---------- */

	async function loadFixup(d) {
		const a = d.a || {}, b = d.b || {};
		const body = els.fixupBody;
		if (!a.machine || a.machine !== b.machine) {
			body.replaceChildren(el('p', { class: 'muted' },
				'Fixups turn one release of a machine type into another release of the same machine type; these are two different machine types.'));
			return;
		}
		const seq = ++fixupSeq;
		body.replaceChildren(el('p', { class: 'muted' }, 'Loading the fixup…'));
		try {
			const f = await getJSON(apiURL('fixup', { machine: a.machine, from: a.release, to: b.release }));
			if (seq !== fixupSeq) return;
			renderFixup(f, a, b);
		} catch (e) {
			if (seq !== fixupSeq) return;
			const msg = e.status === 501
				? 'This server does not compute fixups yet (' + e.message + ').'
				: 'No fixup available: ' + e.message + (e.status ? ' (HTTP ' + e.status + ')' : '');
			body.replaceChildren(el('p', { class: 'muted fixup-unavailable' }, msg));
		}
	}

	async function copyText(text, button) {
		let ok = false;
		try {
			if (navigator.clipboard && window.isSecureContext) { await navigator.clipboard.writeText(text); ok = true; }
		} catch (e) { ok = false; }
		if (!ok) {
			const ta = el('textarea', { class: 'vh', readonly: true });
			ta.value = text;
			document.body.append(ta);
			ta.select();
			try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
			ta.remove();
		}
		const old = button.dataset.label || button.textContent;
		button.dataset.label = old;
		button.textContent = ok ? 'Copied' : 'Copy failed: select the text';
		setTimeout(() => { button.textContent = old; }, 1500);
	}

	/* One option as text: strings pass through; objects are {option, driver, property, value, ...}. */
	function optionText(o, machine) {
		if (typeof o === 'string') return o;
		if (!o || typeof o !== 'object') return String(o);
		const set = (o.property || '?') + '=' + (o.value === null || o.value === undefined ? '' : String(o.value));
		if (o.option === '-machine') return '-machine ' + (machine || o.driver || '') + ',' + set;
		return (o.option || '-global') + ' ' + (o.driver ? o.driver + '.' : '') + set;
	}

	function clip(v, n) {
		const t = String(v);
		return t.length > n ? t.slice(0, n) + '…' : t;
	}

	function valueCode(v) {
		if (v === null || v === undefined) return el('span', { class: 'absent' }, '(absent)');
		const t = String(v);
		return el('code', { title: t.length > 120 ? t : null }, clip(t, 120));
	}

	function renderFixup(f, a, b) {
		const body = els.fixupBody;
		const opts = Array.isArray(f.options) ? f.options : [];
		const unr = (Array.isArray(f.unrestorable) ? f.unrestorable : []).slice()
			.sort((x, y) => sevRank(y.severity) - sevRank(x.severity));
		const knobs = Array.isArray(f.new_knobs) ? f.new_knobs : [];
		const parts = [];
		parts.push(el('p', null, 'Options that make ', el('b', null, a.machine), ' on ',
			el('b', null, releaseLabel(b.release, b.stream)), ' present the ABI it had on ',
			el('b', null, releaseLabel(a.release, a.stream)), ':'));
		if (opts.length) {
			const lines = opts.map((o) => optionText(o, f.machine || a.machine));
			const text = typeof f.command_line === 'string' && f.command_line ? f.command_line : lines.join(' ');
			const pre = el('pre', { class: 'opts' }, el('code', null, text));
			const btn = el('button', { type: 'button', class: 'copy' }, 'Copy options');
			btn.addEventListener('click', () => copyText(text, btn));
			parts.push(el('div', { class: 'opts-wrap' }, pre, btn));
			if (opts.some((o) => o && typeof o === 'object')) {
				const ul = el('ul', { class: 'opt-list' });
				for (let i = 0; i < opts.length; i++) {
					const o = opts[i];
					ul.append(el('li', null, el('code', null, lines[i]),
						o && o.path ? el('span', { class: 'muted' }, ' from ', el('code', null, o.path)) : null,
						o && o.objects > 1 ? el('span', { class: 'muted' }, ' (' + o.objects + ' objects)') : null));
				}
				parts.push(el('details', { class: 'opt-details' }, el('summary', null, 'What each option sets'), ul));
			}
		} else {
			parts.push(el('p', { class: 'muted' }, 'No option is needed or available.'));
		}
		const facts = [];
		if (typeof f.explained === 'number' && f.explained) facts.push(plural(f.explained, 'guest difference') + ' explained by these options');
		if (knobs.length) facts.push(plural(knobs.length, 'property', 'properties') + ' only in ' + releaseLabel(b.release, b.stream) + ' left at their compat defaults');
		if (facts.length) parts.push(el('p', { class: 'muted' }, facts.join('; ') + '.'));
		if (unr.length) {
			const det = el('details', { class: 'unr-details' });
			det.open = unr.length <= 8;
			const bySev = {};
			for (const u of unr) if (u.severity) bySev[u.severity] = (bySev[u.severity] || 0) + 1;
			const split = ['break', 'change', 'info'].filter((k) => bySev[k]).map((k) => bySev[k] + ' ' + k).join(', ');
			det.append(el('summary', null, el('b', null, plural(unr.length, 'difference', 'differences') + ' no option restores'),
				split ? el('span', { class: 'muted' }, ' (' + split + ')') : null));
			const ul = el('ul', { class: 'unrestorable' });
			for (const u of unr) {
				ul.append(el('li', null,
					u.severity ? sevBadge(u.severity) : null, u.severity ? ' ' : null,
					el('code', null, u.path || ''), ': ', valueCode(u.old), ' → ', valueCode(u.new),
					u.why ? el('div', { class: 'why' }, u.why) : null));
			}
			det.append(ul);
			parts.push(det);
		} else if (opts.length) {
			parts.push(el('p', { class: 'muted' }, 'These options restore every difference.'));
		}
		body.replaceChildren(...parts);
	}

	/* ---------- wiring ---------- */

	function applyState(fromHistory) {
		state = readState();
		if (!fromHistory) commit(false);	/* normalise the URL */
		stateToForm();
		clearPending();
		refreshMatrix().then(() => { markSelection(); if (lastDiff) renderDiffHeader(lastDiff); });
		if (state.a && state.b) {
			if (!lastDiff || String(lastDiff.a && lastDiff.a.id) !== state.a || String(lastDiff.b && lastDiff.b.id) !== state.b ||
				lastDiff._key !== diffKey()) loadDiff(false);
		} else {
			els.diff.hidden = true;
			lastDiff = null;
		}
	}

	function init() {
		buildLegend();
		for (const s of [els.family, els.arch, els.view, els.min, els.path]) {
			s.addEventListener('change', () => onFilterChange(true));
		}
		els.q.addEventListener('input', () => {
			state.q = els.q.value;
			commit(false);
			renderRowsVisibility();
		});
		els.q.addEventListener('change', () => { state.q = els.q.value; commit(false); });
		els.compare.addEventListener('change', () => {
			formToState();
			if (!state.compare) clearPending();
			commit(false);
		});
		els.form.addEventListener('submit', (ev) => {
			ev.preventDefault();
			onFilterChange(true);
		});
		els.table.addEventListener('click', onTableClick);
		els.table.addEventListener('keydown', onTableKey);
		$('diff-close').addEventListener('click', () => closeDiff(true));
		$('diff-swap').addEventListener('click', () => { if (state.a && state.b) openDiff(state.b, state.a, true); });
		$('d-open-all').addEventListener('click', () => { for (const d of els.diffSections.querySelectorAll('details')) d.open = true; });
		$('d-close-all').addEventListener('click', () => { for (const d of els.diffSections.querySelectorAll('details')) d.open = false; });
		els.hideQuiet.addEventListener('change', () => { if (lastDiff) renderDiffSections(lastDiff); });
		document.addEventListener('keydown', (ev) => {
			if (ev.key !== 'Escape') return;
			if (pending) { clearPending(); return; }
			if (!els.diff.hidden && !ev.target.closest('input, select, textarea')) closeDiff(true);
		});
		window.addEventListener('popstate', () => applyState(true));
		applyState(false);
		loadMachines();
	}

	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
	else init();
})();
