/* abidb web page: the migration grid of one machine type (GET api/v1/migrations).  Plain JavaScript.
 *
 * Row: the release whose QEMU sends the stream; column: the release whose QEMU loads it.  Data goes
 * into the DOM through textContent and attributes only.
 */
'use strict';

(function () {
	const $ = (id) => document.getElementById(id);
	let seq = 0;

	function el(tag, cls, text) {
		const e = document.createElement(tag);
		if (cls) e.className = cls;
		if (text !== undefined) e.textContent = text;
		return e;
	}

	function reasonText(c) {
		if (c.ok) return `${c.from} → ${c.to} (${c.direction}): loads`;
		const r = c.reason;
		const more = c.breaks > 1 ? ` (and ${c.breaks - 1} more)` : '';
		return `${c.from} → ${c.to} (${c.direction}): ${r.rule} ${r.path}: source ${r.source ?? 'absent'}, ` +
			`destination ${r.destination ?? 'absent'}${more}`;
	}

	function render(j) {
		const table = $('mig-grid'), head = table.tHead, body = table.tBodies[0];
		const byPair = new Map();
		for (const c of j.cells) byPair.set(c.from + '\u0000' + c.to, c);
		head.replaceChildren();
		body.replaceChildren();
		const hr = el('tr');
		hr.append(el('th', 'corner', 'from \\ to'));
		for (const r of j.releases) {
			const th = el('th', null, r.label);
			th.scope = 'col';
			hr.append(th);
		}
		head.append(hr);
		for (const src of j.releases) {
			const tr = el('tr');
			const th = el('th', null, src.label);
			th.scope = 'row';
			tr.append(th);
			for (const dst of j.releases) {
				if (src.label === dst.label) {
					tr.append(el('td', 'mig-self', '–'));
					continue;
				}
				const c = byPair.get(src.label + '\u0000' + dst.label);
				const td = el('td', c.ok ? 'mig-ok' : 'mig-break', c.ok ? 'ok' : 'break');
				td.title = reasonText(c);
				td.dataset.from = src.label;
				td.dataset.to = dst.label;
				tr.append(td);
			}
			body.append(tr);
		}
		$('mig-reasons').replaceChildren(...j.cells.filter((c) => !c.ok).map((c) => el('li', null, reasonText(c))));
		table.hidden = false;
	}

	async function load(machine) {
		const my = ++seq, status = $('mig-status');
		status.textContent = `loading ${machine}…`;
		try {
			/* the path form (docs/export.md): abidb serve and a static export answer it alike */
			const u = /^[A-Za-z0-9._-]+$/.test(machine)
				? 'api/v1/migrations/machine=' + machine + '.json'
				: 'api/v1/migrations?machine=' + encodeURIComponent(machine);
			const r = await fetch(new URL(u, document.baseURI));
			let j = null;
			try { j = await r.json(); } catch (e) { j = null; }
			if (my !== seq) return;
			if (!r.ok || !j || !j.ok) {
				status.textContent = (j && j.error) || (r.status === 404
					? `no migration grid for '${machine}' here (HTTP 404)` : `error ${r.status}`);
				$('mig-grid').hidden = true;
				$('mig-reasons').replaceChildren();
				return;
			}
			render(j);
			const nbreak = j.cells.filter((c) => !c.ok).length;
			status.textContent = `${j.machine}: ${j.cells.length - nbreak} of ${j.cells.length} directions load`;
		} catch (e) {
			if (my === seq) status.textContent = 'cannot load the migration grid: ' + e.message;
		}
	}

	function init() {
		const form = $('mig-form');
		if (!form) return;
		form.addEventListener('submit', (ev) => {
			ev.preventDefault();
			const m = $('mig-machine').value.trim();
			if (m) load(m);
		});
	}

	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
	else init();
})();
