/* filemap.c: a sorted in-memory snapshot of a folder of files. */
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "util.h"

void filemap_init(struct filemap *m)
{
	m->v = NULL;
	m->nr = m->alloc = 0;
}

void filemap_release(struct filemap *m)
{
	size_t i;

	for (i = 0; i < m->nr; i++) {
		free(m->v[i].path);
		free(m->v[i].data);
	}
	free(m->v);
	filemap_init(m);
}

static size_t find(const struct filemap *m, const char *path, int *found)
{
	size_t lo = 0, hi = m->nr;

	*found = 0;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(m->v[mid].path, path);

		if (!c) {
			*found = 1;
			return mid;
		}
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

void filemap_add(struct filemap *m, const char *path, const void *data, size_t len)
{
	struct filemap_entry *e;
	int found;
	size_t at = find(m, path, &found);

	if (found) {
		e = &m->v[at];
		free(e->data);
	} else {
		if (m->nr == m->alloc) {
			m->alloc = m->alloc ? 2 * m->alloc : 64;
			m->v = xrealloc(m->v, m->alloc * sizeof(*m->v));
		}
		memmove(m->v + at + 1, m->v + at, (m->nr - at) * sizeof(*m->v));
		m->nr++;
		e = &m->v[at];
		e->path = xstrdup(path);
	}
	e->data = xmalloc(len + 1);
	memcpy(e->data, data, len);
	e->data[len] = '\0';	/* text decoders may treat data as a C string */
	e->len = len;
}

const struct filemap_entry *filemap_get(const struct filemap *m, const char *path)
{
	int found;
	size_t at = find(m, path, &found);

	return found ? &m->v[at] : NULL;
}
