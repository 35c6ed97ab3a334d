/* source-guest.c: reading guest views (folders, abidb-dump v1 sections, single probed files) into file sets. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base64.h"
#include "json.h"
#include "sha256.h"
#include "source.h"
#include "util.h"

#define MAX_GUEST_FILES 4096

static int read_guest_files(const char *root, const char *rel, struct filemap *m, size_t limit,
			    struct error *err)
{
	char *dir = *rel ? xstrfmt("%s/%s", root, rel) : xstrdup(root);
	struct dirent **ents = NULL;
	int n, i, ret = 0;

	n = scandir(dir, &ents, NULL, alphasort);
	if (n < 0) {
		ret = error_set(err, ERR_IO, "cannot read folder '%s': %s", dir, strerror(errno));
		goto out;
	}
	for (i = 0; i < n; i++) {
		const char *name = ents[i]->d_name;
		char *relp, *full;
		struct stat st;

		if (ret || name[0] == '.')
			continue;
		relp = *rel ? xstrfmt("%s/%s", rel, name) : xstrdup(name);
		full = xstrfmt("%s/%s", root, relp);
		if (lstat(full, &st)) {
			ret = error_set(err, ERR_IO, "cannot stat '%s': %s", full, strerror(errno));
		} else if (S_ISDIR(st.st_mode)) {
			ret = read_guest_files(root, relp, m, limit, err);
		} else if (S_ISREG(st.st_mode)) {
			struct strbuf sb = STRBUF_INIT;

			if (m->nr >= MAX_GUEST_FILES)
				ret = error_set(err, ERR_INPUT, "'%s': more than %d files", root, MAX_GUEST_FILES);
			else if (!(ret = read_file(full, &sb, limit, err)))
				filemap_add(m, relp, sb.buf, sb.len);
			strbuf_release(&sb);
		}
		free(relp);
		free(full);
	}
out:
	for (i = 0; i < n; i++)
		free(ents[i]);
	free(ents);
	free(dir);
	return ret;
}

void guest_raw(const struct filemap *m, struct strbuf *out)
{
	struct json_object *o = json_object_new_object();
	struct strbuf b = STRBUF_INIT;
	size_t i;

	for (i = 0; i < m->nr; i++) {
		strbuf_reset(&b);
		base64_encode(m->v[i].data, m->v[i].len, &b);
		json_object_object_add(o, m->v[i].path, json_object_new_string(b.buf));
	}
	json_canonical(o, out);
	json_object_put(o);
	strbuf_release(&b);
}

/*
 * Over (path, length, bytes) of each file in path order, so a folder and the
 * same files in an abidb-dump agree, and a re-import need not encode anything.
 */
void guest_digest(const struct filemap *m, char out[65])
{
	struct sha256 c;
	unsigned char d[32];
	size_t i;

	sha256_init(&c);
	for (i = 0; i < m->nr; i++) {
		unsigned char len[8];
		int b;

		for (b = 0; b < 8; b++)
			len[b] = (unsigned char)(m->v[i].len >> (8 * b));
		sha256_update(&c, m->v[i].path, strlen(m->v[i].path) + 1);
		sha256_update(&c, len, 8);
		sha256_update(&c, m->v[i].data, m->v[i].len);
	}
	sha256_final(&c, d);
	hex_encode(d, 32, out);
}

/* A new guest dump in r, with an empty file set. */
static struct dump_input *new_guest_dump(struct record_input *r, const char *source, struct error *err)
{
	struct dump_input *d = new_dump(r, dump_kind_find("guest"), source, err);

	if (!d)
		return NULL;
	filemap_init(&d->files);
	d->loaded = 1;
	return d;
}

int add_guest_dir(struct record_input *r, const char *dir, size_t limit, struct error *err)
{
	struct dump_input *d = new_guest_dump(r, dir, err);

	if (!d)
		return -1;
	if (read_guest_files(dir, "", &d->files, limit, err))
		return -1;
	guest_digest(&d->files, d->input_sha256);
	return 0;
}

int is_guest_dir(const char *dir)
{
	static const char *const marks[] = { "acpi", "pci", "dmi", "cpuinfo.txt", "fw_cfg" };
	size_t i;
	int found = 0;

	for (i = 0; i < ARRAY_SIZE(marks) && !found; i++) {
		char *p = xstrfmt("%s/%s", dir, marks[i]);

		found = path_kind(p) >= 0;
		free(p);
	}
	return found;
}

int guest_from_json(struct dump_input *d, struct json_object *o, const char *source, struct error *err)
{
	struct strbuf bin = STRBUF_INIT;

	if (!json_object_is_type(o, json_type_object))
		return error_set(err, ERR_INPUT, "'%s': 'sections/guest': expected an object of base64 files", source);
	filemap_init(&d->files);
	json_object_object_foreach(o, path, v) {
		if (!json_object_is_type(v, json_type_string)) {
			strbuf_release(&bin);
			return error_set(err, ERR_INPUT, "'%s': 'sections/guest/%s': expected a base64 string",
					 source, path);
		}
		if (strstr(path, "..") || path[0] == '/') {
			strbuf_release(&bin);
			return error_set(err, ERR_INPUT, "'%s': 'sections/guest/%s': bad file name", source, path);
		}
		strbuf_reset(&bin);
		if (base64_decode(json_object_get_string(v), (size_t)json_object_get_string_len(v), &bin)) {
			strbuf_release(&bin);
			return error_set(err, ERR_INPUT, "'%s': 'sections/guest/%s': invalid base64", source, path);
		}
		filemap_add(&d->files, path, bin.buf, bin.len);
	}
	strbuf_release(&bin);
	return 0;
}

/*
 * A few probed values for `abidb identify`: one raw ACPI table (its header
 * says its signature and length) or one PCI config space (NAME.config, 64,
 * 256 or 4096 bytes) becomes a guest view with that one file.
 */
int add_raw_probe(const char *path, const struct strbuf *buf, struct input_set *out, struct error *err)
{
	struct strbuf tmp = STRBUF_INIT;
	const unsigned char *b = (const unsigned char *)buf->buf;
	const char *name;
	char *rel = NULL;
	struct dump_input *d;
	size_t i;

	name = base_name(path, &tmp);
	if (buf->len >= 36 && (size_t)(b[4] | b[5] << 8 | b[6] << 16 | (size_t)b[7] << 24) == buf->len) {
		for (i = 0; i < 4 && ((b[i] >= 'A' && b[i] <= 'Z') || (b[i] >= '0' && b[i] <= '9')); i++)
			;
		if (i == 4)
			rel = xstrfmt("acpi/%.4s.bin", buf->buf);
	}
	if (!rel && ends_with(name, ".config") && (buf->len == 64 || buf->len == 256 || buf->len == 4096))
		rel = xstrfmt("pci/%s", name);
	if (rel) {
		d = new_guest_dump(new_record(out, path), path, err);
		filemap_add(&d->files, rel, buf->buf, buf->len);
		guest_digest(&d->files, d->input_sha256);
	}
	free(rel);
	strbuf_release(&tmp);
	return rel != NULL;
}
