/* source.c: reading inputs (files, folders, stdin, uploads) into record inputs, without storing them. */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zlib.h>

#include "base64.h"
#include "frame.h"
#include "import.h"
#include "json.h"
#include "sha256.h"
#include "util.h"

#define DEFAULT_MAX_BYTES ((size_t)1 << 30)
#define MAX_GUEST_FILES 4096

void dump_input_release(struct dump_input *d)
{
	free(d->source);
	strbuf_release(&d->given);
	strbuf_release(&d->raw);
	json_object_put(d->json);
	filemap_release(&d->files);
	memset(d, 0, sizeof(*d));
}

static void record_input_release(struct record_input *r)
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

static struct record_input *new_record(struct input_set *s, const char *source)
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

static void set_if_empty(char **field, const char *value)
{
	if (!*field && value && *value)
		*field = xstrdup(value);
}

static struct dump_input *new_dump(struct record_input *r, const char *kind, const char *source,
				   struct error *err)
{
	struct dump_input *d;
	size_t i;

	for (i = 0; i < r->ndumps; i++)
		if (!strcmp(r->dumps[i].kind, kind)) {
			error_set(err, ERR_INPUT, "'%s': a second %s dump for one record (first: '%s')",
				  source, kind, r->dumps[i].source);
			return NULL;
		}
	d = &r->dumps[r->ndumps++];
	memset(d, 0, sizeof(*d));
	d->kind = kind;
	d->source = xstrdup(source);
	strbuf_init(&d->given, 0);
	strbuf_init(&d->raw, 0);
	return d;
}

static const char *get_str(struct json_object *o, const char *key)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, key, &v) || !json_object_is_type(v, json_type_string))
		return NULL;
	return json_object_get_string(v);
}

/* Identity that QMP replies carry: version, package, arch. */
static void qmp_identity(struct record_input *r, struct json_object *qmp)
{
	struct json_object *v, *ret, *q;

	if (json_object_object_get_ex(qmp, "query-version", &v) &&
	    json_object_object_get_ex(v, "return", &ret) &&
	    json_object_object_get_ex(ret, "qemu", &q)) {
		struct json_object *ma, *mi, *mc;

		if (json_object_object_get_ex(q, "major", &ma) && json_object_object_get_ex(q, "minor", &mi) &&
		    json_object_object_get_ex(q, "micro", &mc)) {
			char *ver = xstrfmt("%d.%d.%d", json_object_get_int(ma), json_object_get_int(mi),
					    json_object_get_int(mc));

			set_if_empty(&r->release, ver);
			free(ver);
		}
		if (!r->package) {
			const char *p = get_str(ret, "package");

			r->package = xstrdup(p ? p : "");
		}
	}
	if (json_object_object_get_ex(qmp, "query-target", &v) &&
	    json_object_object_get_ex(v, "return", &ret))
		set_if_empty(&r->arch, get_str(ret, "arch"));
}

/* The alias / default / deprecated flags of r->machine in query-machines. */
static void qmp_machine_flags(struct record_input *r, struct json_object *qmp)
{
	struct json_object *v, *ret, *b;
	size_t i;

	if (!r->machine || !json_object_object_get_ex(qmp, "query-machines", &v) ||
	    !json_object_object_get_ex(v, "return", &ret) || !json_object_is_type(ret, json_type_array))
		return;
	for (i = 0; i < json_object_array_length(ret); i++) {
		struct json_object *m = json_object_array_get_idx(ret, i);
		const char *name = get_str(m, "name");

		if (!name || strcmp(name, r->machine))
			continue;
		set_if_empty(&r->alias, get_str(m, "alias"));
		if (json_object_object_get_ex(m, "is-default", &b))
			r->is_default = json_object_get_boolean(b);
		if (json_object_object_get_ex(m, "deprecated", &b))
			r->deprecated = json_object_get_boolean(b);
	}
}

/* Which QEMU JSON document is this? NULL: none we know. */
static const char *detect_kind(struct json_object *doc)
{
	if (!json_object_is_type(doc, json_type_object))
		return NULL;
	if (json_object_object_get_ex(doc, "vmschkmachine", NULL))
		return "vmstate";
	if (json_object_object_get_ex(doc, "vmdesc", NULL) ||
	    (json_object_object_get_ex(doc, "status", NULL) &&
	     (json_object_object_get_ex(doc, "error", NULL) || json_object_object_get_ex(doc, "stream_bytes", NULL))))
		return "vmdesc";
	if (json_object_object_get_ex(doc, "/machine", NULL))
		return "qom";
	if (json_object_object_get_ex(doc, "query-version", NULL) ||
	    json_object_object_get_ex(doc, "query-machines", NULL))
		return "qmp";
	return NULL;
}

/*
 * The -dump-vmstate header only names the machine type (which the record
 * says); without it the body is the same for every machine type of a
 * release and is stored once.  Removes '"vmschkmachine": {...},' textually.
 */
static int is_json_space(int c)
{
	return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

static void strip_vmstate_header(struct strbuf *raw)
{
	char *p = raw->buf, *k;
	int in_string = 0;

	/* only as the first member of the document, and only a flat object */
	while (is_json_space(*p))
		p++;
	if (*p++ != '{')
		return;
	while (is_json_space(*p))
		p++;
	if (strncmp(p, "\"vmschkmachine\"", 15))
		return;
	k = p;
	for (p += 15; is_json_space(*p); p++)
		;
	if (*p++ != ':')
		return;
	while (is_json_space(*p))
		p++;
	if (*p != '{')
		return;
	for (p++; *p; p++) {
		if (in_string) {
			if (*p == '\\' && p[1])
				p++;
			else if (*p == '"')
				in_string = 0;
		} else if (*p == '"') {
			in_string = 1;
		} else if (*p == '{' || *p == '[') {
			return;
		} else if (*p == '}') {
			break;
		}
	}
	if (*p != '}')
		return;
	for (p++; is_json_space(*p); p++)
		;
	if (*p != ',')
		return;
	for (p++; is_json_space(*p); p++)
		;
	memmove(k, p, raw->len - (size_t)(p - raw->buf) + 1);
	raw->len -= (size_t)(p - k);
}

/* The machine name in a (possibly gzipped) -dump-vmstate header, from its first 4 KiB only. */
static char *peek_vmstate_name(const struct strbuf *given)
{
	unsigned char head[4097];
	const unsigned char *p = (const unsigned char *)given->buf;
	char *name = NULL, *k, *q, *e;
	size_t n;

	if (given->len >= 2 && p[0] == 0x1f && p[1] == 0x8b) {
		z_stream zs;

		memset(&zs, 0, sizeof(zs));
		if (inflateInit2(&zs, 15 + 32) != Z_OK)
			return NULL;
		zs.next_in = (unsigned char *)p;
		zs.avail_in = (unsigned)given->len;
		zs.next_out = head;
		zs.avail_out = sizeof(head) - 1;
		inflate(&zs, Z_SYNC_FLUSH);
		n = sizeof(head) - 1 - zs.avail_out;
		inflateEnd(&zs);
	} else {
		n = given->len < sizeof(head) - 1 ? given->len : sizeof(head) - 1;
		memcpy(head, p, n);
	}
	head[n] = '\0';
	k = strstr((char *)head, "\"vmschkmachine\"");
	if (k && k - (char *)head < 64 && (q = strstr(k, "\"Name\"")) && (q = strchr(q + 6, '"')) &&
	    (e = strchr(q + 1, '"')))
		name = xstrndup(q + 1, (size_t)(e - q - 1));
	return name;
}

/* Attach a parsed QEMU JSON document of `kind` to r, taking ownership of doc. */
static int add_json_dump(struct record_input *r, const char *kind, const char *source,
			 struct json_object *doc, const void *raw, size_t rawlen, const char *input_sha,
			 struct error *err)
{
	struct dump_input *d = new_dump(r, kind, source, err);
	struct json_object *hdr;

	if (!d) {
		json_object_put(doc);
		return -1;
	}
	d->json = doc;
	d->loaded = 1;
	strbuf_add(&d->raw, raw, rawlen);
	if (!strcmp(kind, "vmstate"))
		strip_vmstate_header(&d->raw);
	snprintf(d->input_sha256, sizeof(d->input_sha256), "%s", input_sha);
	if (!strcmp(kind, "qmp")) {
		qmp_identity(r, doc);
	} else if (!strcmp(kind, "vmstate") && json_object_object_get_ex(doc, "vmschkmachine", &hdr)) {
		const char *name = get_str(hdr, "Name");

		if (!name)
			return error_set(err, ERR_INPUT, "'%s': 'vmschkmachine/Name': expected a string", source);
		set_if_empty(&r->machine, name);
	}
	return 0;
}

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

/* The canonical bytes of a guest file set: {"path": "base64", ...} sorted by path. */
static void guest_raw(const struct filemap *m, struct strbuf *out)
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
 * The input digest of a guest file set: over (path, length, bytes) of each
 * file in path order, so a folder and the same files in an abidb-dump agree,
 * and a re-import need not encode anything.
 */
static void guest_digest(const struct filemap *m, char out[65])
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

static int add_guest_dir(struct record_input *r, const char *dir, size_t limit, struct error *err)
{
	struct dump_input *d = new_dump(r, "guest", dir, err);

	if (!d)
		return -1;
	filemap_init(&d->files);
	d->loaded = 1;
	if (read_guest_files(dir, "", &d->files, limit, err))
		return -1;
	guest_digest(&d->files, d->input_sha256);
	return 0;
}

/* Guest files from a JSON object {"path": "base64"} (v1 dumps, stored raw). */
static int guest_from_json(struct dump_input *d, struct json_object *o, const char *source,
			   struct error *err)
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

static const char *const v1_sections[] = { "qom", "qmp", "vmstate", "vmdesc", "guest" };

static int read_v1(struct input_set *s, const char *name, struct json_object *doc,
		   const char *input_sha, struct error *err)
{
	struct json_object *v, *q, *m, *c, *secs;
	struct record_input *r;
	size_t i;

	if (!json_object_object_get_ex(doc, "version", &v) || !json_object_is_type(v, json_type_int))
		return error_set(err, ERR_INPUT, "'%s': 'version': expected an integer", name);
	if (json_object_get_int(v) != 1)
		return error_set(err, ERR_INPUT, "'%s': unknown abidb-dump format version %d (this abidb reads 1)",
				 name, json_object_get_int(v));
	r = new_record(s, name);
	if (json_object_object_get_ex(doc, "qemu", &q)) {
		if (!json_object_is_type(q, json_type_object))
			return error_set(err, ERR_INPUT, "'%s': 'qemu': expected an object", name);
		if (json_object_object_get_ex(q, "version", &v) && !json_object_is_type(v, json_type_string))
			return error_set(err, ERR_INPUT, "'%s': 'qemu/version': expected a string", name);
		set_if_empty(&r->release, get_str(q, "version"));
		set_if_empty(&r->stream, get_str(q, "stream"));
		if (get_str(q, "package"))
			r->package = xstrdup(get_str(q, "package"));
	}
	if (json_object_object_get_ex(doc, "machine", &m)) {
		if (!json_object_is_type(m, json_type_object))
			return error_set(err, ERR_INPUT, "'%s': 'machine': expected an object", name);
		if (json_object_object_get_ex(m, "name", &v) && !json_object_is_type(v, json_type_string))
			return error_set(err, ERR_INPUT, "'%s': 'machine/name': expected a string", name);
		set_if_empty(&r->machine, get_str(m, "name"));
		set_if_empty(&r->arch, get_str(m, "arch"));
	}
	if (json_object_object_get_ex(doc, "collector", &c) && json_object_is_type(c, json_type_object)) {
		r->collector = xstrfmt("%s %s %s", get_str(c, "name") ? get_str(c, "name") : "?",
				       get_str(c, "version") ? get_str(c, "version") : "",
				       get_str(c, "when") ? get_str(c, "when") : "");
	}
	if (!json_object_object_get_ex(doc, "sections", &secs) || !json_object_is_type(secs, json_type_object))
		return error_set(err, ERR_INPUT, "'%s': 'sections': expected an object", name);
	json_object_object_foreach(secs, key, val) {
		for (i = 0; i < ARRAY_SIZE(v1_sections) && strcmp(key, v1_sections[i]); i++)
			;
		if (i == ARRAY_SIZE(v1_sections))
			return error_set(err, ERR_INPUT, "'%s': 'sections/%s': unknown section (known: qom, qmp, "
					 "vmstate, vmdesc, guest)", name, key);
	}
	for (i = 0; i < ARRAY_SIZE(v1_sections); i++) {
		struct json_object *sec;
		struct dump_input *d;
		char *src;
		int rc;

		if (!json_object_object_get_ex(secs, v1_sections[i], &sec))
			continue;
		src = xstrfmt("%s#%s", name, v1_sections[i]);
		if (!strcmp(v1_sections[i], "guest")) {
			d = new_dump(r, "guest", src, err);
			if (d)
				d->loaded = 1;
			rc = d ? guest_from_json(d, sec, name, err) : -1;
			if (!rc)
				guest_digest(&d->files, d->input_sha256);
		} else {
			struct strbuf raw = STRBUF_INIT;
			char sha[65];

			if (!json_object_is_type(sec, json_type_object)) {
				free(src);
				return error_set(err, ERR_INPUT, "'%s': 'sections/%s': expected an object",
						 name, v1_sections[i]);
			}
			json_canonical(sec, &raw);
			sha256_hex(raw.buf, raw.len, sha);
			rc = add_json_dump(r, v1_sections[i], src, json_object_get(sec), raw.buf, raw.len, sha, err);
			strbuf_release(&raw);
		}
		free(src);
		if (rc)
			return -1;
	}
	(void)input_sha;
	if (!r->ndumps)
		return error_set(err, ERR_INPUT, "'%s': 'sections': no section to import", name);
	return 0;
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
	const char *kind, *fmt;
	char sha[65];
	int ret = -1;

	sha256_hex(buf, len, sha);
	if (maybe_gunzip(buf, len, &plain, o && o->max_bytes ? o->max_bytes : DEFAULT_MAX_BYTES, name, err))
		goto out;
	if (!plain.len) {
		error_set(err, ERR_INPUT, "'%s': empty input", name);
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
		ret = read_v1(out, name, doc, sha, err);
		goto out;
	}
	kind = detect_kind(doc);
	if (!kind) {
		error_set(err, ERR_INPUT, "'%s': not an input abidb knows (abidb-dump v1, -dump-vmstate, "
			  "migration vmdesc, qom.json or qmp-misc.json)", name);
		goto out;
	}
	ret = add_json_dump(new_record(out, name), kind, name, doc, plain.buf, plain.len, sha, err);
	doc = NULL;
out:
	json_object_put(doc);
	strbuf_release(&plain);
	return ret;
}

int dump_inflate(struct dump_input *d, struct error *err)
{
	if (!strcmp(d->kind, "guest")) {
		/* the stored form of a guest view: {"path": "base64", ...} */
		if (!d->raw.len)
			guest_raw(&d->files, &d->raw);
		return 0;
	}
	if (d->loaded || d->raw.len)
		return 0;
	if (maybe_gunzip(d->given.buf, d->given.len, &d->raw, d->limit, d->source, err))
		return -1;
	if (!strcmp(d->kind, "vmstate"))
		strip_vmstate_header(&d->raw);
	strbuf_release(&d->given);
	return 0;
}

int dump_load(struct dump_input *d, struct error *err)
{
	const char *found;

	if (d->loaded)
		return 0;
	if (dump_inflate(d, err) || json_parse(d->raw.buf, d->raw.len, d->source, &d->json, err))
		return -1;
	if (!json_object_is_type(d->json, json_type_object))
		return error_set(err, ERR_INPUT, "'%s': expected a JSON object", d->source);
	found = detect_kind(d->json);
	if (found && strcmp(found, d->kind))
		return error_set(err, ERR_INPUT, "'%s': expected %s content, found %s", d->source, d->kind, found);
	d->loaded = 1;
	return 0;
}

/*
 * Add one QEMU JSON file of an expected kind to r, reading only its bytes:
 * it is gunzipped and parsed later, if it must be decoded (re-imports of
 * known content never are).  Missing file: 0, nothing added.
 */
static int add_json_file(struct record_input *r, const char *path, const char *kind, size_t limit,
			 struct error *err)
{
	struct dump_input *d;

	if (path_kind(path) < 0 && errno == ENOENT)
		return 0;
	d = new_dump(r, kind, path, err);
	if (!d || read_file(path, &d->given, limit, err))
		return -1;
	d->limit = limit;
	sha256_hex(d->given.buf, d->given.len, d->input_sha256);
	if (!strcmp(kind, "qmp")) {
		/* small, and it says the release */
		if (dump_load(d, err))
			return -1;
		qmp_identity(r, d->json);
	} else if (!strcmp(kind, "vmstate") && !r->machine) {
		r->machine = peek_vmstate_name(&d->given);
	}
	return 0;
}

static const struct {
	const char *file;
	const char *kind;
} machine_files[] = {
	{ "qmp-misc.json", "qmp" },	/* first: it carries the identity */
	{ "qom.json", "qom" },
	{ "vmstate.json", "vmstate" },
	{ "vmstate.json.gz", "vmstate" },
	{ "migration-vmdesc.json", "vmdesc" },
	{ "migration-vmdesc.json.gz", "vmdesc" },
};

static int is_machine_dir(const char *dir)
{
	size_t i;
	int found = 0;

	for (i = 0; i < ARRAY_SIZE(machine_files) && !found; i++) {
		char *p = xstrfmt("%s/%s", dir, machine_files[i].file);

		found = path_kind(p) == 0;
		free(p);
	}
	if (!found) {
		char *g = xstrfmt("%s/guest", dir);

		found = path_kind(g) == 1;
		free(g);
	}
	return found;
}

static int is_guest_dir(const char *dir)
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

static const char *base_name(const char *path, struct strbuf *tmp)
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

static int read_machine_dir(struct input_set *s, const char *dir, const char *release,
			    const char *stream, const char *package, size_t limit, struct error *err)
{
	struct record_input *r = new_record(s, dir);
	struct strbuf tmp = STRBUF_INIT;
	size_t i;
	char *g;
	int ret = -1;

	set_if_empty(&r->release, release);
	set_if_empty(&r->stream, stream);
	if (package)
		r->package = xstrdup(package);
	for (i = 0; i < ARRAY_SIZE(machine_files); i++) {
		char *p = xstrfmt("%s/%s", dir, machine_files[i].file);
		int rc = add_json_file(r, p, machine_files[i].kind, limit, err);

		free(p);
		if (rc)
			goto out;
	}
	g = xstrfmt("%s/guest", dir);
	if (path_kind(g) == 1 && add_guest_dir(r, g, limit, err)) {
		free(g);
		goto out;
	}
	free(g);
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

static void record_input_release(struct record_input *r);

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
	if (!isdigit((unsigned char)r->release[0]))
		return error_set(err, ERR_INPUT, "'%s': release '%s' is not a version such as 7.2.22",
				 r->source, r->release);
	if (!r->machine)
		return error_set(err, ERR_INPUT, "'%s': no machine type: the input does not say it: give --machine (?machine= on upload)",
				 r->source);
	for (i = 0; r->machine[i]; i++)
		if (!isalnum((unsigned char)r->machine[i]) && !strchr("-._", r->machine[i]))
			return error_set(err, ERR_INPUT, "'%s': machine type '%s' has a character outside [A-Za-z0-9._-]",
					 r->source, r->machine);
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
	for (i = 0; i < r->ndumps; i++)
		if (!strcmp(r->dumps[i].kind, "qmp"))
			qmp_machine_flags(r, r->dumps[i].json);
	return 0;
}

/*
 * A few probed values for `abidb identify`: one raw ACPI table (its header
 * says its signature and length) or one PCI config space (NAME.config, 64,
 * 256 or 4096 bytes) becomes a guest view with that one file.  Returns 1
 * when buf was such a file and is now a record in out, 0 when it is not.
 */
static int add_raw_probe(const char *path, const struct strbuf *buf, struct input_set *out, struct error *err)
{
	struct strbuf tmp = STRBUF_INIT;
	const unsigned char *b = (const unsigned char *)buf->buf;
	const char *name;
	char *rel = NULL;
	struct record_input *r;
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
		r = new_record(out, path);
		d = new_dump(r, "guest", path, err);
		filemap_init(&d->files);
		d->loaded = 1;
		filemap_add(&d->files, rel, buf->buf, buf->len);
		guest_digest(&d->files, d->input_sha256);
	}
	free(rel);
	strbuf_release(&tmp);
	return rel != NULL;
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

int dump_from_raw(struct dump_input *d, const char *kind, const char *source,
		  const void *raw, size_t len, struct error *err)
{
	memset(d, 0, sizeof(*d));
	d->kind = kind;
	d->source = xstrdup(source);
	d->loaded = 1;
	strbuf_init(&d->given, 0);
	strbuf_init(&d->raw, 0);
	filemap_init(&d->files);
	if (!strcmp(kind, "guest")) {
		struct json_object *o;
		int rc;

		if (json_parse(raw, len, source, &o, err))
			return -1;
		rc = guest_from_json(d, o, source, err);
		json_object_put(o);
		return rc;
	}
	return json_parse(raw, len, source, &d->json, err);
}
