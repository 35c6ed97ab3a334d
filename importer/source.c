/* source.c: reading inputs (files, folders, stdin, uploads) into record inputs, without storing them. */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "frame.h"
#include "ident.h"
#include "json.h"
#include "sha256.h"
#include "source.h"
#include "util.h"

void record_input_release(struct record_input *r)
{
	size_t i;

	free(r->source);
	free(r->release);
	free(r->stream);
	free(r->package);
	free(r->machine);
	free(r->arch);
	free(r->alias);
	free(r->collector);
	for (i = 0; i < r->ndumps; i++)
		dump_input_release(&r->dumps[i]);
	memset(r, 0, sizeof(*r));
}

void input_set_release(struct input_set *s)
{
	size_t i;

	for (i = 0; i < s->nr; i++)
		record_input_release(&s->v[i]);
	free(s->v);
	memset(s, 0, sizeof(*s));
}

struct record_input *new_record(struct input_set *s, const char *source)
{
	struct record_input *r;

	if (s->nr == s->alloc) {
		s->alloc = s->alloc ? 2 * s->alloc : 8;
		s->v = xrealloc(s->v, s->alloc * sizeof(*s->v));
	}
	r = &s->v[s->nr++];
	memset(r, 0, sizeof(*r));
	r->source = xstrdup(source);
	return r;
}

void set_if_empty(char **field, const char *value)
{
	if (!*field && value && *value)
		*field = xstrdup(value);
}

struct dump_input *new_dump(struct record_input *r, const struct dump_kind *k, const char *source,
			    struct error *err)
{
	struct dump_input *d;
	size_t i;

	for (i = 0; i < r->ndumps; i++)
		if (!strcmp(r->dumps[i].kind, k->name)) {
			error_set(err, ERR_INPUT, "'%s': a second %s dump for one record (first: '%s')",
				  source, k->name, r->dumps[i].source);
			return NULL;
		}
	d = &r->dumps[r->ndumps++];
	memset(d, 0, sizeof(*d));
	d->kind = k->name;
	d->source = xstrdup(source);
	strbuf_init(&d->given, 0);
	strbuf_init(&d->raw, 0);
	return d;
}

const char *get_str(struct json_object *o, const char *key)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

int add_json_dump(struct record_input *r, const struct dump_kind *k, const char *source,
		  struct json_object *doc, const void *raw, size_t rawlen, const char *input_sha,
		  struct error *err)
{
	struct dump_input *d = new_dump(r, k, source, err);

	if (!d) {
		json_object_put(doc);
		return -1;
	}
	d->json = doc;
	d->loaded = 1;
	strbuf_add(&d->raw, raw, rawlen);
	if (k->strip)
		k->strip(&d->raw);
	snprintf(d->input_sha256, sizeof(d->input_sha256), "%s", input_sha);
	return k->identity ? k->identity(r, doc, source, err) : 0;
}

/* Does the text start, after white space, like a JSON object (every input but a console log)? */
static int looks_like_json(const struct strbuf *b)
{
	size_t i = 0;

	while (i < b->len && (b->buf[i] == ' ' || b->buf[i] == '\t' || b->buf[i] == '\n' || b->buf[i] == '\r'))
		i++;
	return i < b->len && b->buf[i] == '{';
}

int input_read_buffer(const char *name, const void *buf, size_t len, const struct import_opts *o,
		      struct input_set *out, struct error *err)
{
	struct strbuf plain = STRBUF_INIT;
	struct json_object *doc = NULL;
	const struct dump_kind *kind;
	const char *fmt;
	char sha[65];
	int ret = -1;

	sha256_hex(buf, len, sha);
	if (maybe_gunzip(buf, len, &plain, o && o->max_bytes ? o->max_bytes : DEFAULT_MAX_BYTES, name, err))
		goto out;
	if (!plain.len) {
		error_set(err, ERR_INPUT, "'%s': empty input", name);
		goto out;
	}
	if (!looks_like_json(&plain) && (kind = dump_kind_detect_bytes(plain.buf, plain.len))) {
		/* a binary dump (a device tree): the record's identity comes from the options */
		struct dump_input *d = new_dump(new_record(out, name), kind, name, err);

		if (d) {
			strbuf_add(&d->raw, plain.buf, plain.len);
			memcpy(d->input_sha256, sha, sizeof(sha));
			d->loaded = 1;
			ret = 0;
		}
		goto out;
	}
	if (!looks_like_json(&plain) && frame_present(plain.buf, plain.len)) {
		/* a console log holding abidb-probe's serial frame (docs/probe.md) */
		struct strbuf framed = STRBUF_INIT;

		if (frame_decode(plain.buf, plain.len, &framed, err)) {
			strbuf_release(&framed);
			error_prefix(err, "'%s'", name);
			goto out;
		}
		strbuf_release(&plain);
		plain = framed;
	}
	if (json_parse(plain.buf, plain.len, name, &doc, err))
		goto out;
	if (json_object_is_type(doc, json_type_object) && (fmt = get_str(doc, "format"))) {
		if (strcmp(fmt, "abidb-dump")) {
			error_set(err, ERR_INPUT, "'%s': 'format': unknown format '%s' (expected 'abidb-dump')", name, fmt);
			goto out;
		}
		ret = read_v1(out, name, doc, err);
		goto out;
	}
	kind = dump_kind_detect(doc);
	if (!kind) {
		error_set(err, ERR_INPUT, "'%s': not an input abidb knows (abidb-dump v1, -dump-vmstate, "
			  "migration vmdesc, qom.json, qmp-misc.json or a device tree blob)", name);
		goto out;
	}
	ret = add_json_dump(new_record(out, name), kind, name, doc, plain.buf, plain.len, sha, err);
	doc = NULL;
out:
	json_object_put(doc);
	strbuf_release(&plain);
	return ret;
}


/*
 * Add one QEMU JSON file of an expected kind to r, reading only its bytes:
 * it is gunzipped and parsed later, if it must be decoded (re-imports of
 * known content never are).  Missing file: 0, nothing added.
 */
static int add_json_file(struct record_input *r, const char *path, const struct dump_kind *k, size_t limit,
			 struct error *err)
{
	struct dump_input *d;

	if (path_kind(path) < 0 && errno == ENOENT)
		return 0;
	d = new_dump(r, k, path, err);
	if (!d || read_file(path, &d->given, limit, err))
		return -1;
	d->limit = limit;
	sha256_hex(d->given.buf, d->given.len, d->input_sha256);
	if (k->flags & DK_IDENTITY) {
		/* small, and it says the release */
		if (dump_load(d, err))
			return -1;
		return k->identity(r, d->json, path, err);
	}
	if (k->peek_machine && !r->machine)
		r->machine = k->peek_machine(&d->given);
	return 0;
}

/* Is there a file (a folder, for a file-set kind) of kind k in dir? */
static int has_kind_file(const char *dir, const struct dump_kind *k)
{
	const char *const *f;
	int found = 0;

	for (f = k->files; *f && !found; f++) {
		char *p = xstrfmt("%s/%s", dir, *f);

		found = path_kind(p) == (k->flags & DK_FILES ? 1 : 0);
		free(p);
	}
	return found;
}

static int is_machine_dir(const char *dir)
{
	size_t i;

	for (i = 0; i < DUMP_KINDS; i++)
		if (has_kind_file(dir, &dump_kinds[i]))
			return 1;
	return 0;
}

const char *base_name(const char *path, struct strbuf *tmp)
{
	size_t n = strlen(path);
	const char *s;

	while (n > 1 && path[n - 1] == '/')
		n--;
	strbuf_reset(tmp);
	strbuf_add(tmp, path, n);
	s = strrchr(tmp->buf, '/');
	return s ? s + 1 : tmp->buf;
}

/*
 * One dump of kind k from dir, if there is one: the first of its file
 * names that exists.  The kinds that say the identity are read first.
 */
static int read_machine_kind(struct record_input *r, const char *dir, const struct dump_kind *k,
			     size_t limit, struct error *err)
{
	const char *const *f;
	int rc = 0;

	for (f = k->files; *f && !rc; f++) {
		char *p = xstrfmt("%s/%s", dir, *f);

		if (k->flags & DK_FILES)
			rc = path_kind(p) == 1 ? add_guest_dir(r, p, limit, err) : 0;
		else
			rc = add_json_file(r, p, k, limit, err);
		free(p);
	}
	return rc;
}

static int read_machine_dir(struct input_set *s, const char *dir, const char *release,
			    const char *stream, const char *package, size_t limit, struct error *err)
{
	struct record_input *r = new_record(s, dir);
	struct strbuf tmp = STRBUF_INIT;
	size_t i;
	int ret = -1, pass;

	set_if_empty(&r->release, release);
	set_if_empty(&r->stream, stream);
	if (package)
		r->package = xstrdup(package);
	for (pass = 0; pass < 2; pass++)
		for (i = 0; i < DUMP_KINDS; i++)
			if (!!(dump_kinds[i].flags & DK_IDENTITY) != pass &&
			    read_machine_kind(r, dir, &dump_kinds[i], limit, err))
				goto out;
	/* the folder's name is the machine type's when nothing in it says */
	set_if_empty(&r->machine, base_name(dir, &tmp));
	ret = 0;
out:
	strbuf_release(&tmp);
	return ret;
}

static int cmp_version_names(const struct dirent **a, const struct dirent **b)
{
	return version_cmp((*a)->d_name, (*b)->d_name);
}


/* Hand the last record read to the set's sink, if it has one. */
static int flush_record(struct input_set *s, const struct import_opts *o, struct error *err)
{
	struct record_input *r = &s->v[s->nr - 1];
	int rc;

	if (!s->sink)
		return 0;
	rc = input_resolve_identity(r, o, err);
	if (!rc)
		rc = s->sink(s->sink_data, r, err);
	record_input_release(r);
	s->nr--;
	return rc;
}

static int read_release_dir(struct input_set *s, const char *dir, size_t limit, const struct import_opts *o,
			    struct error *err)
{
	char *rj = xstrfmt("%s/release.json", dir);
	struct strbuf buf = STRBUF_INIT;
	struct json_object *doc = NULL, *v;
	struct dirent **ents = NULL;
	const char *release, *stream, *package;
	int n = 0, i, ret = -1;

	if (read_input(rj, &buf, limit, err) || json_parse(buf.buf, buf.len, rj, &doc, err))
		goto out;
	if (!json_object_is_type(doc, json_type_object)) {
		error_set(err, ERR_INPUT, "'%s': expected an object", rj);
		goto out;
	}
	if (!json_object_object_get_ex(doc, "release", &v) || !json_object_is_type(v, json_type_string)) {
		error_set(err, ERR_INPUT, "'%s': 'release': expected a string such as \"7.2.22\"", rj);
		goto out;
	}
	release = json_object_get_string(v);
	stream = get_str(doc, "stream");
	package = get_str(doc, "package");
	n = scandir(dir, &ents, NULL, cmp_version_names);
	if (n < 0) {
		error_set(err, ERR_IO, "cannot read folder '%s': %s", dir, strerror(errno));
		goto out;
	}
	for (i = 0; i < n; i++) {
		char *sub;
		int rc = 0;

		if (ents[i]->d_name[0] == '.')
			continue;
		sub = xstrfmt("%s/%s", dir, ents[i]->d_name);
		if (path_kind(sub) == 1 && is_machine_dir(sub)) {
			rc = read_machine_dir(s, sub, release, stream, package, limit, err);
			if (!rc)
				rc = flush_record(s, o, err);
		}
		free(sub);
		if (rc)
			goto out;
	}
	ret = 0;
out:
	for (i = 0; i < n; i++)
		free(ents[i]);
	free(ents);
	json_object_put(doc);
	strbuf_release(&buf);
	free(rj);
	return ret;
}

/* Fill what the input did not say from the options and defaults; check what is required. */
int input_resolve_identity(struct record_input *r, const struct import_opts *o, struct error *err)
{
	size_t i;

	if (o && o->release) {
		free(r->release);
		r->release = xstrdup(o->release);
	}
	if (o && o->stream) {
		free(r->stream);
		r->stream = xstrdup(o->stream);
	}
	if (o && o->machine) {
		free(r->machine);
		r->machine = xstrdup(o->machine);
	}
	if (o && o->arch) {
		free(r->arch);
		r->arch = xstrdup(o->arch);
	}
	if (!r->release)
		return error_set(err, ERR_INPUT, "'%s': no QEMU release: the input does not say it "
				 "(query-version, release.json, qemu/version): give --release (?release= on upload)", r->source);
	if (!r->machine)
		return error_set(err, ERR_INPUT, "'%s': no machine type: the input does not say it: give --machine (?machine= on upload)",
				 r->source);
	if (!r->stream) {
		const char *p = r->package ? r->package : "";

		if (!*p)
			r->stream = xstrdup("upstream");
		else if (starts_with(p, "Debian"))
			r->stream = xstrdup("debian");
		else if (starts_with(p, "Ubuntu"))
			r->stream = xstrdup("ubuntu");
		else if (strstr(p, ".el") || starts_with(p, "qemu-kvm"))
			r->stream = xstrdup("rhel");
		else if (strstr(p, ".fc"))
			r->stream = xstrdup("fedora");
		else
			r->stream = xstrdup("downstream");
	}
	/* -dump-vmstate and guest files do not carry the target: x86_64 is what they were made with */
	set_if_empty(&r->arch, "x86_64");
	if (ident_check(IDENT_RELEASE, r->release, strlen(r->release), err) ||
	    ident_check(IDENT_STREAM, r->stream, strlen(r->stream), err) ||
	    ident_check(IDENT_ARCH, r->arch, strlen(r->arch), err) ||
	    ident_check(IDENT_MACHINE, r->machine, strlen(r->machine), err))
		return error_prefix(err, "'%s'", r->source);
	for (i = 0; i < r->ndumps; i++) {
		const struct dump_kind *k = dump_kind_find(r->dumps[i].kind);

		if (k->machine_flags)
			k->machine_flags(r, r->dumps[i].json);
	}
	return 0;
}

int input_read_path(const char *path, const struct import_opts *o, struct input_set *out,
		    struct error *err)
{
	size_t limit = o && o->max_bytes ? o->max_bytes : DEFAULT_MAX_BYTES;
	size_t first = out->nr, i;
	int kind, rc;

	if (!strcmp(path, "-") || (kind = path_kind(path)) == 0) {
		/* one file, read once, as given: the input digest is of these bytes */
		struct strbuf buf = STRBUF_INIT;

		rc = read_file(path, &buf, limit, err);
		if (!rc && strcmp(path, "-") && add_raw_probe(path, &buf, out, err))
			;	/* a lone ACPI table or PCI config space: a guest view */
		else if (!rc)
			rc = input_read_buffer(strcmp(path, "-") ? path : "<stdin>", buf.buf, buf.len, o, out, err);
		strbuf_release(&buf);
	} else if (kind < 0) {
		return error_set(err, ERR_IO, "cannot open '%s': %s", path, strerror(errno));
	} else {
		char *rj = xstrfmt("%s/release.json", path);

		if (path_kind(rj) == 0) {
			rc = read_release_dir(out, path, limit, o, err);
		} else if (is_machine_dir(path)) {
			rc = read_machine_dir(out, path, NULL, NULL, NULL, limit, err);
		} else if (is_guest_dir(path)) {
			struct record_input *r = new_record(out, path);

			rc = add_guest_dir(r, path, limit, err);
		} else {
			rc = error_set(err, ERR_INPUT, "'%s': not a release folder (release.json), a machine folder "
				       "(qom.json, qmp-misc.json, vmstate.json[.gz], guest/) or a guest folder", path);
		}
		free(rj);
	}
	if (rc)
		return -1;
	for (i = first; i < out->nr; i++)
		if (input_resolve_identity(&out->v[i], o, err))
			return -1;
	while (out->sink && out->nr > first)
		if (flush_record(out, o, err))
			return -1;
	return 0;
}
