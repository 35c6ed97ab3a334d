/* acpi-eval.c: facts the guest acts on, computed from the AML of a snapshot: each device's _STA, the _OSC control bits. */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acpi.h"
#include "util.h"

/* ---- the namespace of all AML tables: absolute path -> (table, value) ---- */

struct ns_obj {
	char *path;		/* "\_SB.PCI0.ISA.CBEN" */
	const char *value;	/* borrowed from the table facts */
	size_t table;
};

struct ns {
	struct ns_obj *v;
	size_t nr;
	const struct filemap *guest;
};

static int cmp_obj(const void *x, const void *y)
{
	return strcmp(((const struct ns_obj *)x)->path, ((const struct ns_obj *)y)->path);
}

/* The object path of a named-object fact, or NULL for header, code and field-listing facts. */
static char *object_path(const struct tfact *f)
{
	if (f->gsuf[0] != '/' || f->gsuf[1] != '\\' || strchr(f->sub, '/') || f->sub[0] == '(')
		return NULL;
	if (!strcmp(f->gsuf, "/\\"))
		return xstrfmt("\\%s", f->sub);
	return xstrfmt("%s.%s", f->gsuf + 1, f->sub);
}

static void ns_build(struct ns *ns, const struct tfacts *tables, size_t n)
{
	size_t i, j, alloc = 0;

	for (i = 0; i < n; i++)
		for (j = 0; j < tables[i].nr; j++) {
			char *p = object_path(&tables[i].v[j]);

			if (!p)
				continue;
			if (ns->nr == alloc) {
				alloc = alloc ? 2 * alloc : 256;
				ns->v = xrealloc(ns->v, alloc * sizeof(*ns->v));
			}
			ns->v[ns->nr].path = p;
			ns->v[ns->nr].value = tables[i].v[j].value;
			ns->v[ns->nr].table = i;
			ns->nr++;
		}
	if (ns->nr)
		qsort(ns->v, ns->nr, sizeof(*ns->v), cmp_obj);
}

static void ns_release(struct ns *ns)
{
	size_t i;

	for (i = 0; i < ns->nr; i++)
		free(ns->v[i].path);
	free(ns->v);
}

static const struct ns_obj *ns_get(const struct ns *ns, const char *path)
{
	struct ns_obj key = { (char *)path, NULL, 0 };

	return ns->nr ? bsearch(&key, ns->v, ns->nr, sizeof(*ns->v), cmp_obj) : NULL;
}

/*
 * Find `name` as AML does from `scope`: a path with '\', '^' or '.' is
 * resolved as written; a single name segment is searched in the scope and
 * then in each parent up to the root.
 */
static const struct ns_obj *ns_find(const struct ns *ns, const char *scope, const char *name)
{
	char *s, *p;
	const struct ns_obj *o = NULL;

	if (strpbrk(name, "\\^.")) {
		p = acpi_resolve(scope, name);
		o = ns_get(ns, p);
		free(p);
		return o;
	}
	s = xstrdup(scope);
	for (;;) {
		char *dot;

		p = acpi_resolve(s, name);
		o = ns_get(ns, p);
		free(p);
		if (o || !strcmp(s, "\\"))
			break;
		dot = strrchr(s, '.');
		if (dot)
			*dot = '\0';
		else
			s[1] = '\0';
	}
	free(s);
	return o;
}

static char *parent_of(const char *path)
{
	const char *dot = strrchr(path, '.');

	return dot ? xstrndup(path, (size_t)(dot - path)) : xstrdup("\\");
}

/* A whole-value integer as iasl prints it: 0x.., decimal, Zero, One, Ones. */
static int parse_int(const char *s, uint64_t *out)
{
	char *end;

	if (!strcmp(s, "Zero") || !strcmp(s, "One") || !strcmp(s, "Ones")) {
		*out = s[1] == 'e' ? 0 : s[3] == 's' ? UINT64_MAX : 1;
		return 0;
	}
	if (!isdigit((unsigned char)*s))
		return -1;
	*out = strtoull(s, &end, 0);
	return *end ? -1 : 0;
}

static int const_of(const struct ns *ns, const char *path, uint64_t *out)
{
	const struct ns_obj *o = ns_get(ns, path);

	return o ? parse_int(o->value, out) : -1;
}

/* ---- reading a field of a PCI-config operation region from the snapshot ---- */

static int is_root_bridge(const struct ns *ns, const char *dev)
{
	static const char *const ids[] = { "EisaId (\"PNP0A03\")", "EisaId (\"PNP0A08\")" };
	char *hid = xstrfmt("%s._HID", dev), *cid = xstrfmt("%s._CID", dev);
	const struct ns_obj *h = ns_get(ns, hid), *c = ns_get(ns, cid);
	size_t i;
	int yes = 0;

	for (i = 0; i < ARRAY_SIZE(ids); i++)
		yes |= (h && !strcmp(h->value, ids[i])) || (c && !strcmp(c->value, ids[i]));
	free(hid);
	free(cid);
	return yes;
}

/* The config bytes of the PCI function a region's device is, behind a root bridge; NULL if unknown. */
static const struct filemap_entry *device_config(const struct ns *ns, const char *dev)
{
	char *parent = parent_of(dev), *p;
	const struct filemap_entry *e = NULL;
	uint64_t adr, bbn = 0;

	p = xstrfmt("%s._ADR", dev);
	if (!const_of(ns, p, &adr) && is_root_bridge(ns, parent)) {
		char *b = xstrfmt("%s._BBN", parent), *f;

		if (const_of(ns, b, &bbn) < 0)
			bbn = 0;
		f = xstrfmt("pci/0000:%02x:%02x.%x.config", (unsigned)(bbn & 0xff), (unsigned)((adr >> 16) & 0x1f),
			    (unsigned)(adr & 7));
		e = filemap_get(ns->guest, f);
		free(f);
		free(b);
	}
	free(p);
	free(parent);
	return e;
}

/* The n-th comma-separated argument of "Kw(a, b, c)" into buf; -1 if there is none. */
static int nth_arg(const char *value, int n, char *buf, size_t len)
{
	const char *p = strchr(value, '('), *e;

	if (!p)
		return -1;
	for (p++; n > 0; n--) {
		p = strchr(p, ',');
		if (!p)
			return -1;
		p++;
	}
	while (*p == ' ')
		p++;
	e = p + strcspn(p, ",)");
	if ((size_t)(e - p) >= len)
		return -1;
	memcpy(buf, p, (size_t)(e - p));
	buf[e - p] = '\0';
	return 0;
}

/* Read the Field at obj (declared in scope `fscope`); -1 unless it lies in PCI config bytes we hold. */
static int read_field(const struct ns *ns, const struct ns_obj *obj, uint64_t *out)
{
	const char *b = strstr(obj->value, ", bit="), *w = strstr(obj->value, ", width=");
	char region[256], space[64], off[64], *fscope = parent_of(obj->path), *rdev = NULL;
	const struct ns_obj *r;
	const struct filemap_entry *cfg;
	unsigned long long bit, width, i;
	uint64_t base;
	int ret = -1;

	if (!starts_with(obj->value, "Field(") || !b || !w || nth_arg(obj->value, 0, region, sizeof(region)))
		goto out;
	bit = strtoull(b + 6, NULL, 10);
	width = strtoull(w + 8, NULL, 10);
	r = ns_find(ns, fscope, region);
	if (!r || width > 64 || !width || !starts_with(r->value, "OperationRegion(") ||
	    nth_arg(r->value, 0, space, sizeof(space)) || nth_arg(r->value, 1, off, sizeof(off)))
		goto out;
	if (strcmp(space, "PCI_Config") && strcmp(space, "0x02"))
		goto out;
	if (parse_int(off, &base) < 0)
		goto out;
	rdev = parent_of(r->path);
	cfg = device_config(ns, rdev);
	bit += base * 8;
	if (!cfg || (bit + width + 7) / 8 > cfg->len)
		goto out;
	*out = 0;
	for (i = 0; i < width; i++)
		*out |= (uint64_t)((cfg->data[(bit + i) / 8] >> ((bit + i) % 8)) & 1) << i;
	ret = 0;
out:
	free(fscope);
	free(rdev);
	return ret;
}

/* ---- a small evaluator for the _STA methods QEMU writes ---- */

/* Statements: LocalN [op]= e, If/ElseIf/Else, Return (e); expressions: integers, LocalN, names (constants,
 * PCI-config fields), ( ), !, comparisons, && || & | << >> + -.  Anything else makes the status unknown. */
struct eval {
	const char *s;
	const struct ns *ns;
	const char *scope;
	uint64_t local[8];
	int failed, returned;
	uint64_t result;
};

static void ev_space(struct eval *e)
{
	while (*e->s == ' ')
		e->s++;
}

static int ev_eat(struct eval *e, const char *tok)
{
	size_t n = strlen(tok);

	ev_space(e);
	if (strncmp(e->s, tok, n))
		return 0;
	if (isalnum((unsigned char)tok[n - 1]) && (isalnum((unsigned char)e->s[n]) || e->s[n] == '_'))
		return 0;
	e->s += n;
	return 1;
}

static size_t ev_name_len(const char *s)
{
	size_t n = 0;

	while (isalnum((unsigned char)s[n]) || strchr("_\\^.", s[n]))
		n++;
	return n;
}

static uint64_t ev_expr(struct eval *e, int run, int prec);

static uint64_t ev_primary(struct eval *e, int run)
{
	char name[256];
	size_t n;
	uint64_t v = 0;

	ev_space(e);
	if (ev_eat(e, "(")) {
		v = ev_expr(e, run, 0);
		if (!ev_eat(e, ")"))
			e->failed = 1;
		return v;
	}
	if (ev_eat(e, "!"))
		return !ev_primary(e, run);
	n = ev_name_len(e->s);
	if (!n || n >= sizeof(name)) {
		e->failed = 1;
		return 0;
	}
	memcpy(name, e->s, n);
	name[n] = '\0';
	e->s += n;
	ev_space(e);
	if (*e->s == '(') {	/* a method call */
		e->failed = 1;
		return 0;
	}
	if (!parse_int(name, &v))
		return v;
	if (starts_with(name, "Local") && name[5] >= '0' && name[5] <= '7' && !name[6])
		return e->local[name[5] - '0'];
	if (run) {
		const struct ns_obj *o = ns_find(e->ns, e->scope, name);

		if (!o || (parse_int(o->value, &v) < 0 && read_field(e->ns, o, &v) < 0))
			e->failed = 1;
	}
	return v;
}

static const struct binop {
	const char *tok;
	int prec;
} binops[] = {
	{ "||", 1 }, { "&&", 2 }, { "==", 5 }, { "!=", 5 }, { "<=", 6 }, { ">=", 6 }, { "<<", 7 },
	{ ">>", 7 }, { "|", 3 }, { "&", 4 }, { "<", 6 }, { ">", 6 }, { "+", 8 }, { "-", 8 },
};

static uint64_t apply(const char *op, uint64_t a, uint64_t b)
{
	switch (op[0]) {
	case '|': return op[1] ? (a || b) : (a | b);
	case '&': return op[1] ? (a && b) : (a & b);
	case '=': return a == b;
	case '!': return a != b;
	case '<': return op[1] == '=' ? a <= b : op[1] == '<' ? (b < 64 ? a << b : 0) : a < b;
	case '>': return op[1] == '=' ? a >= b : op[1] == '>' ? (b < 64 ? a >> b : 0) : a > b;
	case '+': return a + b;
	default: return a - b;
	}
}

static uint64_t ev_expr(struct eval *e, int run, int prec)
{
	uint64_t v = ev_primary(e, run);

	while (!e->failed) {
		const struct binop *op = NULL;
		size_t i;

		ev_space(e);
		for (i = 0; i < ARRAY_SIZE(binops) && !op; i++)
			if (!strncmp(e->s, binops[i].tok, strlen(binops[i].tok)) && e->s[strlen(binops[i].tok)] != '=')
				op = &binops[i];
		if (!op || op->prec <= prec)
			break;
		e->s += strlen(op->tok);
		v = apply(op->tok, v, ev_expr(e, run, op->prec));
	}
	return v;
}

static void ev_block(struct eval *e, int run);

static int ev_open(struct eval *e)
{
	if (!ev_eat(e, "{"))
		e->failed = 1;
	return !e->failed;
}

static void ev_statement(struct eval *e, int run)
{
	ev_space(e);
	if (ev_eat(e, "Return")) {
		uint64_t v = ev_primary(e, run);

		if (run && !e->failed) {
			e->result = v;
			e->returned = 1;
		}
	} else if (ev_eat(e, "If")) {
		int taken = 0;

		for (;;) {
			uint64_t c = ev_primary(e, run && !taken);

			if (!ev_open(e))
				return;
			ev_block(e, run && !taken && c);
			taken |= c != 0;
			if (ev_eat(e, "ElseIf"))
				continue;
			if (ev_eat(e, "Else") && ev_open(e))
				ev_block(e, run && !taken);
			break;
		}
	} else if (starts_with(e->s, "Local") && e->s[5] >= '0' && e->s[5] <= '7') {
		static const char *const ops[] = { "=", "&=", "|=", ">>=", "<<=", "+=", "-=" };
		static const char *const binop_of[] = { "", "&", "|", ">>", "<<", "+", "-" };
		int l = e->s[5] - '0';
		uint64_t v;
		size_t i;

		e->s += 6;
		for (i = 0; i < ARRAY_SIZE(ops) && !ev_eat(e, ops[i]); i++)
			;
		if (i == ARRAY_SIZE(ops)) {
			e->failed = 1;
			return;
		}
		v = ev_expr(e, run, 0);
		if (run)
			e->local[l] = i ? apply(binop_of[i], e->local[l], v) : v;
	} else {
		e->failed = 1;
	}
}

/* Statements up to the closing brace (consumed) or the end. */
static void ev_block(struct eval *e, int run)
{
	for (;;) {
		ev_space(e);
		if (!*e->s || e->failed)
			return;
		if (ev_eat(e, "}"))
			return;
		ev_statement(e, run && !e->returned);
	}
}

/* Evaluate _STA (a constant or a method) of device dev; -1 if it cannot be known here. */
static int eval_sta(const struct ns *ns, const char *dev, const struct ns_obj *sta, uint64_t *out)
{
	struct eval e;
	const char *body;

	if (!parse_int(sta->value, out))
		return 0;
	if (!starts_with(sta->value, "Method(0,") || !(body = strchr(sta->value, '{')))
		return -1;
	memset(&e, 0, sizeof(e));
	e.s = body + 1;
	e.ns = ns;
	e.scope = dev;
	ev_block(&e, 1);
	if (e.failed || !e.returned)
		return -1;
	*out = e.result;
	return 0;
}

/* ---- _OSC: the control bits a root bridge grants ---- */

static const char *const osc_bits[] = {
	"pcie-native-hotplug", "shpc-native-hotplug", "pcie-pme", "pcie-aer", "pcie-capability",
};

/*
 * QEMU's _OSC masks the OS's request in CDW3 with a constant:
 * "LocalN = CDW3 LocalN &= 0x1F ... CDW3 = LocalN".  That constant is the
 * set of controls granted.
 */
static int osc_mask(const char *body, uint64_t *mask)
{
	const char *p = strstr(body, " = CDW3 "), *q;
	char local[8], pat[32];

	if (!p || p - body < 6)
		return -1;
	memcpy(local, p - 6, 6);
	local[6] = '\0';
	if (!starts_with(local, "Local"))
		return -1;
	snprintf(pat, sizeof(pat), "%s &= ", local);
	q = strstr(p, pat);
	if (!q)
		return -1;
	*mask = strtoull(q + strlen(pat), NULL, 0);
	return 0;
}

static void add_fact(struct facts *out, const char *sig, const char *dev, const char *sub, const char *value)
{
	char *group = xstrfmt("acpi/%s/%s", sig, dev);

	facts_add(out, group, sub, value);
	free(group);
}

void acpi_eval(const struct filemap *guest, char *const *sigs, const struct tfacts *tables, size_t n,
	       struct facts *out)
{
	struct ns ns = { NULL, 0, guest };
	size_t i, k;

	ns_build(&ns, tables, n);
	for (i = 0; i < ns.nr; i++) {
		const struct ns_obj *o = &ns.v[i];
		const struct ns_obj *sta, *osc;
		char *p, buf[32];
		uint64_t v;

		if (strcmp(o->value, "Device"))
			continue;
		p = xstrfmt("%s._STA", o->path);
		sta = ns_get(&ns, p);
		free(p);
		if (sta && !eval_sta(&ns, o->path, sta, &v)) {
			snprintf(buf, sizeof(buf), "0x%02llX", (unsigned long long)v);
			add_fact(out, sigs[sta->table], o->path, "(status)", buf);
		}
		p = xstrfmt("%s._OSC", o->path);
		osc = ns_get(&ns, p);
		free(p);
		if (osc && !osc_mask(osc->value, &v))
			for (k = 0; k < ARRAY_SIZE(osc_bits); k++) {
				char *sub = xstrfmt("(osc)/%s", osc_bits[k]);

				add_fact(out, sigs[osc->table], o->path, sub, (v >> k) & 1 ? "granted" : "withheld");
				free(sub);
			}
	}
	ns_release(&ns);
}
