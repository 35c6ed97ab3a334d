/* acpi-data.c: parsing iasl's field listing of ACPI data tables (FACP, APIC, HPET, MCFG, WAET, FACS, ...). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "acpi.h"
#include "util.h"

#define ACPI_HEADER_LEN 36

/* ---- data tables (FACP, APIC, HPET, MCFG, WAET, FACS, ...) ---- */

/*
 * The names seen in one (sub)table, a hash set: each name keeps the next
 * " #k" suffix to try, so n repeats of one field name cost O(n), not the
 * O(n^3) of rescanning a list for every candidate (issue 12: a 28 KB MCFG).
 */
struct name_slot {
	char *name;		/* NULL: free */
	unsigned next;		/* the next k to try for "name #k" */
};

struct names {
	struct name_slot *slots;
	size_t cap, nr;
	size_t *used;		/* indices of the slots in use, to clear them in O(nr) */
};

static size_t name_hash(const char *s)
{
	size_t h = 1469598103934665603ull;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

static struct name_slot *names_find(struct names *n, const char *name)
{
	size_t i = name_hash(name) & (n->cap - 1);

	while (n->slots[i].name && strcmp(n->slots[i].name, name))
		i = (i + 1) & (n->cap - 1);
	return &n->slots[i];
}

static void names_insert(struct names *n, char *name)
{
	struct name_slot *s;

	if (2 * (n->nr + 1) > n->cap) {
		struct names big = { NULL, n->cap ? 2 * n->cap : 64, 0, NULL };
		size_t i;

		big.slots = xcalloc(big.cap, sizeof(*big.slots));
		big.used = xcalloc(big.cap / 2, sizeof(*big.used));
		for (i = 0; i < n->nr; i++) {
			struct name_slot *old = &n->slots[n->used[i]];

			s = names_find(&big, old->name);
			*s = *old;
			big.used[big.nr++] = (size_t)(s - big.slots);
		}
		free(n->slots);
		free(n->used);
		*n = big;
	}
	s = names_find(n, name);
	s->name = name;
	s->next = 2;
	n->used[n->nr++] = (size_t)(s - n->slots);
}

static void names_clear(struct names *n)
{
	size_t i;

	for (i = 0; i < n->nr; i++) {
		free(n->slots[n->used[i]].name);
		n->slots[n->used[i]].name = NULL;
	}
	n->nr = 0;
}

static void names_release(struct names *n)
{
	names_clear(n);
	free(n->slots);
	free(n->used);
}

/* Make sub unique among the names seen in this (sub)table: "X", "X #2", ... */
static char *names_unique(struct names *n, const char *sub)
{
	struct name_slot *s = n->cap ? names_find(n, sub) : NULL;
	char *cand;
	unsigned k;

	if (!s || !s->name) {
		names_insert(n, xstrdup(sub));
		return xstrdup(sub);
	}
	for (k = s->next;; k++) {
		cand = xstrfmt("%s #%u", sub, k);
		if (!names_find(n, cand)->name)
			break;
		free(cand);
	}
	s->next = k + 1;	/* before the insert: it may move the slots */
	names_insert(n, xstrdup(cand));
	return cand;
}

static char *trimmed(const char *s, size_t len)
{
	while (len && isspace((unsigned char)*s)) {
		s++;
		len--;
	}
	while (len && isspace((unsigned char)s[len - 1]))
		len--;
	return xstrndup(s, len);
}

/* Fields that are not guest ABI: integrity, pointers, what the OS writes at run time. */
static int drop_field(int facs, unsigned off, const char *name)
{
	if (strstr(name, "Checksum"))
		return 1;
	if (facs)	/* header facts; waking vectors, global lock, OSPM flags are OS-owned */
		return off == 0 || off == 4 || off == 8 || off == 12 || off == 16 ||
		       off == 24 || off == 32 || off == 36;
	if (off < ACPI_HEADER_LEN)
		return 1;	/* the header: taken from the binary */
	return !strcmp(name, "FACS Address") || !strcmp(name, "DSDT Address") ||
	       starts_with(name, "ACPI Table Address");
}

/* Parse iasl's field listing ("[02Ch 0044   1]  Name : Value") into facts. */
void acpi_parse_data_table(const char *dsl, int facs, struct tfacts *out)
{
	struct names used = { NULL, 0, 0, NULL };
	const char *line = dsl, *next;
	char *last = NULL, *container = NULL;
	unsigned cend = 0;
	int in_comment = 0, skipping = 0;
	long entry = -1;

	for (; *line; line = next) {
		const char *eol = strchrnul(line, '\n');
		char *l = xstrndup(line, eol - line);
		char *sep = strstr(l, " : ");
		unsigned hexoff, off, flen;
		char *name = NULL, *value = NULL, *sub = NULL, *p;

		next = *eol ? eol + 1 : eol;
		if (in_comment || starts_with(l, "/*")) {
			in_comment = !strstr(l, "*/");
			goto next_line;
		}
		if (starts_with(l, "Raw Table Data")) {
			free(l);
			break;
		}
		if (!sep)
			goto next_line;
		name = trimmed(l, sep - l);
		value = trimmed(sep + 3, strlen(sep + 3));
		if ((p = strstr(name, " (decoded below)")))
			*p = '\0';
		if (l[0] != '[') {
			/* a decoded flag of the last field */
			if (last && !skipping && isspace((unsigned char)l[0])) {
				sub = xstrfmt("%s/%s", last, name);
				tfacts_add(out, "", sub, value);
			}
			goto next_line;
		}
		p = strchr(l, ']');
		if (sscanf(l, "[%xh %u %u]", &hexoff, &off, &flen) != 3 || !p || p > sep)
			goto next_line;
		free(name);
		name = trimmed(p + 1, sep - p - 1);
		if ((p = strstr(name, " (decoded below)")))
			*p = '\0';
		free(last);
		last = NULL;
		skipping = 1;
		if (!strcmp(name, "Subtable Type")) {
			entry++;
			names_clear(&used);
			free(container);
			container = NULL;
		}
		if (container && off >= cend) {
			free(container);
			container = NULL;
		}
		if (drop_field(facs, off, name))
			goto next_line;
		/* "04 [Local APIC NMI]" -> "04"; a value that is only "[...]" opens a structure */
		if (value[0] == '[') {
			free(container);
			container = xstrdup(name);
			cend = off + flen;
			goto next_line;
		}
		if ((p = strstr(value, " [")) && value[strlen(value) - 1] == ']') {
			*p = '\0';
			p = trimmed(value, strlen(value));
			free(value);
			value = p;
		}
		{
			struct strbuf full = STRBUF_INIT;

			if (entry >= 0)
				strbuf_addf(&full, "entry[%ld]/", entry);
			if (container)
				strbuf_addf(&full, "%s/", container);
			strbuf_addstr(&full, name);
			sub = names_unique(&used, full.buf);
			strbuf_release(&full);
		}
		tfacts_add(out, "", sub, value);
		last = xstrdup(sub);
		skipping = 0;
next_line:
		free(sub);
		free(name);
		free(value);
		free(l);
	}
	free(last);
	free(container);
	names_release(&used);
}

