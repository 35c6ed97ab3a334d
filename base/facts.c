/* facts.c: building and ordering fact lists. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "facts.h"
#include "strbuf.h"
#include "util.h"

void facts_init(struct facts *f)
{
	f->v = NULL;
	f->nr = f->alloc = 0;
}

void facts_release(struct facts *f)
{
	size_t i;

	for (i = 0; i < f->nr; i++) {
		free(f->v[i].group);
		free(f->v[i].path);
		free(f->v[i].value);
	}
	free(f->v);
	facts_init(f);
}

void facts_add(struct facts *f, const char *group, const char *sub, const char *value)
{
	struct fact *x;

	if (f->nr == f->alloc) {
		f->alloc = f->alloc ? f->alloc * 2 : 256;
		f->v = xrealloc(f->v, f->alloc * sizeof(*f->v));
	}
	x = &f->v[f->nr++];
	x->group = xstrdup(group);
	x->path = *sub ? xstrfmt("%s/%s", group, sub) : xstrdup(group);
	x->value = xstrdup(value ? value : "");
}

void facts_addf(struct facts *f, const char *group, const char *sub, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;

	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	facts_add(f, group, sub, sb.buf);
	strbuf_release(&sb);
}

struct ordered {
	struct fact f;
	size_t seq;
};

static int cmp_fact(const void *a, const void *b)
{
	const struct ordered *x = a, *y = b;
	int c = strcmp(x->f.group, y->f.group);

	if (!c)
		c = strcmp(x->f.path, y->f.path);
	if (!c)
		return x->seq < y->seq ? -1 : x->seq > y->seq;
	return c;
}

static int cmp_plain(const void *a, const void *b)
{
	const struct fact *x = a, *y = b;
	int c = strcmp(x->group, y->group);

	return c ? c : strcmp(x->path, y->path);
}

void facts_sort(struct facts *f)
{
	struct ordered *o;
	size_t i, j, dup, run = 0;	/* run: where the current path's first fact went */
	int renamed = 0;

	if (f->nr < 2)
		return;
	o = xmalloc(f->nr * sizeof(*o));
	for (i = 0; i < f->nr; i++) {
		o[i].f = f->v[i];
		o[i].seq = i;
	}
	qsort(o, f->nr, sizeof(*o), cmp_fact);
	for (i = j = 0, dup = 1; i < f->nr; i++) {
		if (j && !strcmp(o[i].f.path, f->v[run].path) &&
		    !strcmp(o[i].f.group, f->v[run].group)) {
			if (!strcmp(o[i].f.value, f->v[j - 1].value)) {
				free(o[i].f.group);
				free(o[i].f.path);
				free(o[i].f.value);
				continue;
			}
			/* same path, other value: keep both, numbered */
			dup++;
			renamed = 1;
			{
				char *p = xstrfmt("%s#%zu", o[i].f.path, dup);

				free(o[i].f.path);
				o[i].f.path = p;
			}
		} else {
			dup = 1;
			run = j;
		}
		f->v[j++] = o[i].f;
	}
	f->nr = j;
	free(o);
	/* "#2" suffixes can move a path past its neighbours: sort again, when there were any */
	if (renamed)
		qsort(f->v, f->nr, sizeof(*f->v), cmp_plain);
}

size_t fact_section_len(const char *path)
{
	const char *s = strchr(path, '/');

	return s ? (size_t)(s - path) : strlen(path);
}
