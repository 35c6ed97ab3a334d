/* fixup-rename.c: objects whose QOM type was renamed between two releases ("ICH9 SMB" -> "ICH9-SMB"): one object, not one gone and one new. */
#include <stdlib.h>
#include <string.h>

#include "fixup-internal.h"
#include "util.h"

static const char *place_of(const char *key)
{
	const char *at = strchr(key, '@');

	return at && !strchr(at, '/') ? at : NULL;
}

/* The key of the object whose "qom/<key>/type" entry e is, when it is of kind and not a region; else NULL. */
static char *object_key(const struct diff_entry *e, enum entry_kind kind)
{
	const char *type = kind == ENTRY_REMOVED ? e->old_value : e->new_value;

	if (e->kind != kind || !ends_with(e->path, "/type") || fixup_is_region(type) || strlen(e->path) < 9)
		return NULL;
	return xstrndup(e->path + 4, strlen(e->path) - 9);
}

/*
 * Pair an object only in X with one only in Y at the same place
 * ("ICH9 SMB@pcie.0:1f.3" and "ICH9-SMB@pcie.0:1f.3", QEMU 6.0): each place
 * once on each side, under different type names.
 */
void fixup_find_renames(const struct diff *props, struct renames *r)
{
	size_t i, k, hits;

	for (i = 0; i < props->nr; i++) {
		const struct diff_entry *x = &props->v[i];
		char *kx = object_key(x, ENTRY_REMOVED), *ky, *hit = NULL;
		const char *px = kx ? place_of(kx) : NULL, *py;

		for (k = 0, hits = 0; px && k < props->nr; k++) {
			if (!(ky = object_key(&props->v[k], ENTRY_ADDED)))
				continue;
			py = place_of(ky);
			if (py && !strcmp(px, py) && strcmp(x->old_value, props->v[k].new_value) && !hits++) {
				hit = ky;
				continue;
			}
			free(ky);
		}
		if (hits == 1) {
			r->kx = xrealloc(r->kx, (r->nr + 1) * sizeof(*r->kx));
			r->ky = xrealloc(r->ky, (r->nr + 1) * sizeof(*r->ky));
			r->kx[r->nr] = kx;
			r->ky[r->nr++] = hit;
		} else {
			free(kx);
			free(hit);
		}
	}
}

void fixup_renames_release(struct renames *r)
{
	size_t i;

	for (i = 0; i < r->nr; i++) {
		free(r->kx[i]);
		free(r->ky[i]);
	}
	free(r->kx);
	free(r->ky);
}

/* The rename whose X (side 0) or Y (side 1) key is key or above it; the rest of key after it in *rest. */
ssize_t fixup_renamed_at(const struct renames *r, int side, const char *key, const char **rest)
{
	size_t i, n;

	for (i = 0; i < r->nr; i++) {
		const char *k = side ? r->ky[i] : r->kx[i];

		n = strlen(k);
		if (!strncmp(key, k, n) && (!key[n] || key[n] == '/')) {
			*rest = key + n;
			return (ssize_t)i;
		}
	}
	return -1;
}

const struct diff_entry *fixup_find_entry(const struct diff *d, const char *path, enum entry_kind kind)
{
	size_t i;

	for (i = 0; i < d->nr; i++)
		if (d->v[i].kind == kind && !strcmp(d->v[i].path, path))
			return &d->v[i];
	return NULL;
}

