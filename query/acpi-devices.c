/* acpi-devices.c: section passes that key ACPI devices by identity: renamed, absent and added devices. */
#include <stdlib.h>
#include <string.h>

#include "diff-internal.h"
#include "util.h"

/*
 * A device declared on one side only: its `Device` entry (in the parent's
 * group) is removed or added.  Its own facts are the entries of the same
 * kind under dir/ (the group acpi/<table>/<namespace path>).
 */
struct acpi_dev {
	size_t decl;		/* the "<parent>/<NAME> = Device" entry */
	enum entry_kind kind;
	char *dir;		/* "acpi/DSDT/\_SB.PCI0.ISA.LPT" */
	const char *hid, *cid, *uid, *adr, *crs, *status;
	size_t lo, hi;		/* its own entries: [lo, hi) */
	long pair;		/* index of the device it is paired with, or -1 */
};

int is_acpi_identity(const char *path)
{
	const char *last = strrchr(path, '/');

	return starts_with(path, "acpi/") && last &&
	       (!strcmp(last, "/_HID") || !strcmp(last, "/_UID") || !strcmp(last, "/_CID") || !strcmp(last, "/_ADR"));
}

static const char *side_value(const struct diff_entry *e)
{
	return e->kind == ENTRY_ADDED ? e->new_value : e->old_value;
}

/* "acpi/T/<parent>/<NAME>" declaring a device -> "acpi/T/<parent>.<NAME>" ("acpi/T/\<NAME>" under the root). */
static char *device_dir(const char *decl)
{
	const char *slash = strrchr(decl, '/'), *table_end = strchr(decl + 5, '/');
	size_t head, tail;
	char *dir;

	if (!table_end || table_end == slash)
		return NULL;
	/* "acpi/T/\\" + NAME under the root, else "acpi/T/<parent>" + "." + NAME (a copy: this runs per device) */
	head = slash - table_end == 2 && table_end[1] == '\\' ? (size_t)(table_end + 1 - decl) : (size_t)(slash - decl);
	tail = strlen(slash + 1);
	dir = xmalloc(head + 1 + tail + 1);
	memcpy(dir, decl, head);
	dir[head] = head == (size_t)(slash - decl) ? '.' : '\\';
	memcpy(dir + head + 1, slash + 1, tail + 1);
	return dir;
}

/*
 * The status the guest itself read, where an in-guest probe recorded the
 * evaluated namespace (acpi/ns/<path>/status, docs/decoders/probe.md): an
 * entry of the same kind in this section, or NULL.
 */
static const char *probed_status(const struct diff *d, const char *dir, enum entry_kind kind)
{
	const char *path = strchr(dir + 5, '/');
	char *ns;
	size_t lo, hi, k, n;
	const char *v = NULL;

	if (!path)
		return NULL;
	diff_prefix_range(d, "acpi/ns", &lo, &hi);
	if (lo == hi)
		return NULL;	/* no probed namespace in this diff (the fast path and host dumps have none) */
	ns = xstrfmt("acpi/ns%s", path);
	n = strlen(ns);
	diff_prefix_range(d, ns, &lo, &hi);
	for (k = lo; k < hi && !v; k++)
		if (d->v[k].kind == kind && !strcmp(d->v[k].path + n, "/status"))
			v = side_value(&d->v[k]);
	free(ns);
	return v;
}

static size_t collect_devices(struct diff *d, struct acpi_dev **out)
{
	struct acpi_dev *v = NULL;
	size_t n = 0, alloc = 0, i, k, lo, hi;

	diff_prefix_range(d, "acpi", &lo, &hi);	/* the entries under acpi/: one run, in path order */
	for (i = lo; i < hi; i++) {
		const struct diff_entry *e = &d->v[i];
		struct acpi_dev *dev;
		char *dir;

		if (e->kind == ENTRY_CHANGED || !starts_with(e->path, "acpi/") || strcmp(side_value(e), "Device") ||
		    !(dir = device_dir(e->path)))
			continue;
		if (n == alloc) {
			alloc = alloc ? 2 * alloc : 16;
			v = xrealloc(v, alloc * sizeof(*v));
		}
		dev = &v[n++];
		memset(dev, 0, sizeof(*dev));
		dev->decl = i;
		dev->kind = e->kind;
		dev->dir = dir;
		dev->pair = -1;
		diff_prefix_range(d, dir, &dev->lo, &dev->hi);
		for (k = dev->lo; k < dev->hi; k++) {
			const struct diff_entry *f = &d->v[k];
			const char *sub = f->path + strlen(dir) + 1;

			if (f->kind != e->kind)
				continue;
			if (!strcmp(sub, "_HID"))
				dev->hid = side_value(f);
			else if (!strcmp(sub, "_CID"))
				dev->cid = side_value(f);
			else if (!strcmp(sub, "_UID"))
				dev->uid = side_value(f);
			else if (!strcmp(sub, "_ADR"))
				dev->adr = side_value(f);
			else if (!strcmp(sub, "_CRS"))
				dev->crs = side_value(f);
			else if (!strcmp(sub, "(status)"))
				dev->status = side_value(f);
		}
		if (!dev->status)
			dev->status = probed_status(d, dir, e->kind);
	}
	*out = v;
	return n;
}

static void devices_free(struct acpi_dev *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(v[i].dir);
	free(v);
}

/* The section's devices, collected once for the three passes (they change ranks, not entries). */
static size_t devices(struct diff *d, struct pass_state *ps, struct acpi_dev **out)
{
	if (!ps->collected) {
		ps->ndevs = collect_devices(d, &ps->devs);
		ps->collected = 1;
	}
	*out = ps->devs;
	return ps->ndevs;
}

void pass_state_release(struct pass_state *ps)
{
	devices_free(ps->devs, ps->ndevs);
	memset(ps, 0, sizeof(*ps));
}

static int same(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

static int same_identity(const struct acpi_dev *a, const struct acpi_dev *b)
{
	return (a->hid || a->adr) && same(a->hid, b->hid) && same(a->cid, b->cid) && same(a->uid, b->uid) &&
	       same(a->adr, b->adr);
}

/* The one added device r may be the same device as, by _HID/_CID and, where those tie, resources then _ADR. */
static long tie_break(const struct acpi_dev *v, size_t n, const struct acpi_dev *r)
{
	long hit = -1;
	size_t j, cands = 0, level;

	for (level = 0; level < 3; level++) {
		cands = 0;
		for (j = 0; j < n; j++) {
			const struct acpi_dev *a = &v[j];

			if (a->kind != ENTRY_ADDED || a->pair >= 0 || !a->hid || !same(a->hid, r->hid) ||
			    !same(a->cid, r->cid) || (level >= 1 && !same(a->crs, r->crs)) ||
			    (level >= 2 && !same(a->adr, r->adr)))
				continue;
			cands++;
			hit = (long)j;
		}
		if (cands <= 1)
			break;
	}
	return cands == 1 ? hit : -1;
}

static void set_rank(struct diff_entry *e, enum severity sev, const char *rule)
{
	e->severity = sev;
	e->rule = rule;
}

/*
 * Both devices of a pair: their declarations are the rename (sev); facts
 * that only moved, equal on both sides, are info; facts that differ keep
 * their own rank (LPT -> LPT1 gaining _UID 1 stays one acpi-identity break).
 */
static void rank_pair(struct diff *d, const struct acpi_dev *r, const struct acpi_dev *a, enum severity sev,
		      const char *rule)
{
	size_t i = r->lo, j = a->lo, nr = strlen(r->dir) + 1, na = strlen(a->dir) + 1;

	set_rank(&d->v[r->decl], sev, rule);
	set_rank(&d->v[a->decl], sev, rule);
	while (i < r->hi && j < a->hi) {
		struct diff_entry *x = &d->v[i], *y = &d->v[j];
		int c;

		if (x->kind != r->kind) {
			i++;
			continue;
		}
		if (y->kind != a->kind) {
			j++;
			continue;
		}
		c = strcmp(x->path + nr, y->path + na);
		if (!c && !strcmp(x->old_value, y->new_value)) {
			set_rank(x, SEV_INFO, rule);
			set_rank(y, SEV_INFO, rule);
		}
		i += c <= 0;
		j += c >= 0;
	}
}

/*
 * Pass acpi-renamed: a device declared on one side only is paired with one
 * of the other side that has the same identity (_HID, _CID, _UID, _ADR, e.g.
 * the 7.2 ISA bridge \_SB.PCI0.ISA -> S08 and its children), or else the
 * one with the same _HID/_CID, resources and _ADR where those tie (5.2's LPT
 * -> LPT1).  Guests key devices by identity, not by namespace path.
 */
void rank_acpi_renames(struct diff *d, enum severity sev, const char *rule, struct pass_state *ps)
{
	struct acpi_dev *v;
	size_t n = devices(d, ps, &v), i, j;

	for (i = 0; i < n; i++) {
		if (v[i].kind != ENTRY_REMOVED)
			continue;
		for (j = 0; j < n; j++)
			if (v[j].kind == ENTRY_ADDED && v[j].pair < 0 && same_identity(&v[i], &v[j]))
				break;
		if (j < n) {
			v[i].pair = (long)j;
			v[j].pair = (long)i;
		}
	}
	for (i = 0; i < n; i++) {
		long j2;

		if (v[i].kind != ENTRY_REMOVED || v[i].pair >= 0 || (j2 = tie_break(v, n, &v[i])) < 0)
			continue;
		v[i].pair = j2;
		v[j2].pair = (long)i;
	}
	for (i = 0; i < n; i++)
		if (v[i].kind == ENTRY_REMOVED && v[i].pair >= 0)
			rank_pair(d, &v[i], &v[v[i].pair], sev, rule);
}

static int unpaired(const struct diff *d, const struct acpi_dev *dev)
{
	const char *r = d->v[dev->decl].rule;

	return strcmp(r, "acpi-renamed") && strcmp(r, "acpi-absent");
}

/*
 * Pass acpi-absent: a device removed or added whose _STA says "not present"
 * (bit 0 clear; abidb's evaluation, or the guest's own) was never seen by the
 * guest: its entries, and those of devices below it, are info.  5.0.0's COM2.
 */
void rank_acpi_absent(struct diff *d, enum severity sev, const char *rule, struct pass_state *ps)
{
	struct acpi_dev *v;
	size_t n = devices(d, ps, &v), i, k;

	for (i = 0; i < n; i++) {
		const char *path = strchr(v[i].dir + 5, '/');
		char *ns;
		size_t len, nlen;

		if (!unpaired(d, &v[i]) || !v[i].status || (strtoull(v[i].status, NULL, 0) & 1))
			continue;
		ns = xstrfmt("acpi/ns%s", path);	/* what a probe listed of it */
		len = strlen(v[i].dir);
		nlen = strlen(ns);
		set_rank(&d->v[v[i].decl], sev, rule);
		for (k = 0; k < d->nr; k++) {
			struct diff_entry *e = &d->v[k];

			if (e->kind == v[i].kind &&
			    ((!strncmp(e->path, v[i].dir, len) && (e->path[len] == '/' || e->path[len] == '.')) ||
			     (!strncmp(e->path, ns, nlen) && (e->path[nlen] == '/' || e->path[nlen] == '.'))))
				set_rank(e, sev, rule);
		}
		free(ns);
	}
}

/*
 * Pass acpi-device-added: a present device that appears where none was is
 * guest-visible but breaks nothing the guest relied on: its identity entries
 * are `change`, not `break` (q35's DRAC in 6.2).  A device that goes stays a
 * break.
 */
void rank_acpi_added(struct diff *d, enum severity sev, const char *rule, struct pass_state *ps)
{
	struct acpi_dev *v;
	size_t n = devices(d, ps, &v), i, k;

	for (i = 0; i < n; i++) {
		if (v[i].kind != ENTRY_ADDED || !unpaired(d, &v[i]))
			continue;
		for (k = v[i].lo; k < v[i].hi; k++)
			if (d->v[k].kind == ENTRY_ADDED && d->v[k].severity > sev)
				set_rank(&d->v[k], sev, rule);
	}
}
