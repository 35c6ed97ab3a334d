/* export-site.c: abidb export site DIR: the web page and every read-side answer it asks for, as static files. */
#include <errno.h>
#include <dirent.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "export-site.h"
#include "server.h"
#include "util.h"

/* The page's choices (web/app.js): views of its selector, the severities it passes. */
static const char *const views[] = { "guest", "migration", "properties", "all" };
static const char *const diff_severities[] = { "info", "change", "break" };

struct exporter {
	struct server *srv;
	const char *dir;
	struct json_object *etags;	/* URL -> ETag, of the 200 answers */
	struct json_object *seen;	/* URL -> true: asked already */
	struct json_object *by_etag;	/* ETag -> the first file with that body (hard links) */
	struct export_site_stats *stats;
	struct error *err;
};

/* mkdir -p of path's parent folders. */
static int make_parents(char *path, struct error *err)
{
	char *p;

	for (p = strchr(path + 1, '/'); p; p = strchr(p + 1, '/')) {
		*p = '\0';
		if (mkdir(path, 0755) && errno != EEXIST) {
			error_set(err, ERR_IO, "cannot create folder '%s': %s", path, strerror(errno));
			*p = '/';
			return -1;
		}
		*p = '/';
	}
	return 0;
}

static int write_bytes(const char *path, const void *data, size_t len, struct error *err)
{
	FILE *f = fopen(path, "wb");
	int bad;

	if (!f)
		return error_set(err, ERR_IO, "cannot open '%s' for writing: %s", path, strerror(errno));
	bad = fwrite(data, 1, len, f) != len;
	bad |= fclose(f) != 0;
	if (bad)
		return error_set(err, ERR_IO, "cannot write '%s'", path);
	return 0;
}

/* The path form of a route and its arguments (sorted by name, empty ones left out): NULL-terminated pairs. */
static char *path_url(const char *route, const char *const *kv)
{
	struct strbuf sb = STRBUF_INIT;
	const char *sorted[16];
	size_t n = 0, i, j;

	for (i = 0; kv && kv[i] && n + 2 < ARRAY_SIZE(sorted); i += 2) {
		if (!kv[i + 1] || !*kv[i + 1])
			continue;
		for (j = n; j > 0 && strcmp(sorted[j - 2], kv[i]) > 0; j -= 2) {
			sorted[j] = sorted[j - 2];
			sorted[j + 1] = sorted[j - 1];
		}
		sorted[j] = kv[i];
		sorted[j + 1] = kv[i + 1];
		n += 2;
	}
	strbuf_addf(&sb, "/api/v1/%s", route);
	for (i = 0; i < n; i += 2)
		strbuf_addf(&sb, "/%s=%s", sorted[i], sorted[i + 1]);
	strbuf_addstr(&sb, ".json");
	return strbuf_detach(&sb, NULL);
}

/*
 * GET url (a path form) through the server's own handler and write its body
 * to DIR/url.  A 200 goes into the ETag list; an error answer is written too
 * (the page shows its message) and counted.  *out, when asked, gets the parsed
 * body of a 200 (NULL otherwise).  -1 only on I/O errors.
 */
static int get(struct exporter *x, const char *url, struct json_object **out)
{
	struct http_response resp;
	struct json_object *first = NULL;
	const char *body;
	size_t len;
	char *file;
	int ret = -1;

	if (out)
		*out = NULL;
	if (!out && json_object_object_get_ex(x->seen, url, NULL))
		return 0;
	http_response_init(&resp);
	server_handle_raw(x->srv, "GET", url, NULL, 0, NULL, 0, &resp);
	body = resp.shared ? resp.shared->data : resp.body.buf;
	len = resp.shared ? resp.shared->len : resp.body.len;
	if (out && resp.status == 200) {
		/* a cached body (resp.shared) is not NUL-terminated: parse by length */
		struct json_tokener *tok = json_tokener_new();

		*out = json_tokener_parse_ex(tok, body, (int)len);
		json_tokener_free(tok);
	}
	if (json_object_object_get_ex(x->seen, url, NULL)) {
		ret = 0;
		goto out;
	}
	json_object_object_add(x->seen, url, json_object_new_boolean(1));
	file = xstrfmt("%s%s", x->dir, url);
	if (make_parents(file, x->err))
		goto out_file;
	unlink(file);	/* an earlier export's file, maybe a link shared with others */
	if (resp.status == 200 && resp.etag[0] && json_object_object_get_ex(x->by_etag, resp.etag, &first) &&
	    !link(json_object_get_string(first), file)) {
		x->stats->linked++;
	} else {
		if (write_bytes(file, body, len, x->err))
			goto out_file;
		x->stats->bytes += len;
		if (resp.status == 200 && resp.etag[0])
			json_object_object_add(x->by_etag, resp.etag, json_object_new_string(file));
	}
	x->stats->answers++;
	if (resp.status == 200)
		json_object_object_add(x->etags, url + 1, json_object_new_string(resp.etag));
	else
		x->stats->errors++;
	ret = 0;
out_file:
	free(file);
out:
	http_response_release(&resp);
	return ret;
}

static const char *str_of(struct json_object *o, const char *key)
{
	struct json_object *v;

	return json_object_object_get_ex(o, key, &v) && json_object_is_type(v, json_type_string) ?
	       json_object_get_string(v) : NULL;
}

/* The diffs and fixups a matrix's cells link to: each cell against its row's class A, both ways. */
static int cell_links(struct exporter *x, struct json_object *matrix, const char *view)
{
	struct json_object *rows, *cells;
	size_t i, j, k;

	if (!json_object_object_get_ex(matrix, "rows", &rows))
		return 0;
	for (i = 0; i < json_object_array_length(rows); i++) {
		struct json_object *row = json_object_array_get_idx(rows, i), *ref = NULL;
		const char *machine = str_of(row, "machine");

		if (!json_object_object_get_ex(row, "cells", &cells))
			continue;
		/* web/app.js firstClassA(): the first cell of class A, else the first cell */
		for (j = 0; j < json_object_array_length(cells) && !ref; j++) {
			struct json_object *c = json_object_array_get_idx(cells, j);
			const char *cls = c ? str_of(c, "class") : NULL;

			if (cls && !strcmp(cls, "A"))
				ref = c;
		}
		for (j = 0; j < json_object_array_length(cells) && !ref; j++)
			ref = json_object_array_get_idx(cells, j);
		for (j = 0; ref && j < json_object_array_length(cells); j++) {
			struct json_object *c = json_object_array_get_idx(cells, j), *v;
			char ida[24], idb[24];
			const char *ra = str_of(ref, "release"), *rb;

			if (!c || c == ref)
				continue;
			rb = str_of(c, "release");
			json_object_object_get_ex(ref, "record", &v);
			snprintf(ida, sizeof(ida), "%lld", (long long)json_object_get_int64(v));
			json_object_object_get_ex(c, "record", &v);
			snprintf(idb, sizeof(idb), "%lld", (long long)json_object_get_int64(v));
			for (k = 0; k < 2 * ARRAY_SIZE(diff_severities); k++) {
				const char *a = k & 1 ? idb : ida, *b = k & 1 ? ida : idb;
				const char *kv[] = { "a", a, "b", b, "view", view,
						     "min_severity", diff_severities[k / 2], NULL };
				char *url = path_url("diff", kv);
				int r = get(x, url, NULL);

				free(url);
				if (r)
					return -1;
			}
			for (k = 0; machine && ra && rb && k < 2; k++) {
				const char *kv[] = { "machine", machine, "from", k ? rb : ra, "to", k ? ra : rb, NULL };
				char *url = path_url("fixup", kv);
				int r = get(x, url, NULL);

				free(url);
				if (r)
					return -1;
			}
		}
	}
	return 0;
}

/* The distinct string values of `key` in an array of objects, plus "" (no filter) first. */
static struct json_object *values_of(struct json_object *list, const char *key)
{
	struct json_object *set = json_object_new_object(), *a = json_object_new_array();
	size_t i;

	json_object_array_add(a, json_object_new_string(""));
	for (i = 0; list && i < json_object_array_length(list); i++) {
		const char *v = str_of(json_object_array_get_idx(list, i), key);

		if (v && *v && !json_object_object_get_ex(set, v, NULL)) {
			json_object_object_add(set, v, NULL);
			json_object_array_add(a, json_object_new_string(v));
		}
	}
	json_object_put(set);
	return a;
}

/* Does a machine type of family fam and target arch exist ("" matches any)?  Other filter pairs give empty matrices. */
static int combo_exists(struct json_object *machines, const char *fam, const char *arch)
{
	size_t i;

	if (!*fam || !*arch)
		return 1;
	for (i = 0; machines && i < json_object_array_length(machines); i++) {
		struct json_object *m = json_object_array_get_idx(machines, i);
		const char *mf = str_of(m, "family"), *ma = str_of(m, "arch");

		if (mf && ma && !strcmp(mf, fam) && !strcmp(ma, arch))
			return 1;
	}
	return 0;
}

static int export_api(struct exporter *x)
{
	struct json_object *machines = NULL, *records = NULL, *fams, *arches;
	size_t i, v, s, f, a;
	int ret = -1;

	if (get(x, "/api/v1/releases.json", NULL) || get(x, "/api/v1/machines.json", &machines) ||
	    get(x, "/api/v1/records.json", &records))
		goto out;
	for (i = 0; records && i < json_object_array_length(records); i++) {
		struct json_object *id;
		char *url;
		int r;

		if (!json_object_object_get_ex(json_object_array_get_idx(records, i), "id", &id))
			continue;
		url = xstrfmt("/api/v1/records/%lld.json", (long long)json_object_get_int64(id));
		r = get(x, url, NULL);
		free(url);
		if (r)
			goto out;
	}
	fams = values_of(machines, "family");
	arches = values_of(machines, "arch");
	/* every matrix the filters of the page ask for; the diffs and fixups of the unfiltered ones */
	for (v = 0; v < ARRAY_SIZE(views); v++) {
		for (s = 0; s < 2; s++) {
			for (f = 0; f < json_object_array_length(fams); f++) {
				for (a = 0; a < json_object_array_length(arches); a++) {
					const char *kv[] = { "view", views[v], "min_severity", s ? "break" : NULL,
						"family", json_object_get_string(json_object_array_get_idx(fams, f)),
						"arch", json_object_get_string(json_object_array_get_idx(arches, a)), NULL };
					struct json_object *m = NULL;
					char *url;
					int r;

					if (!combo_exists(machines, kv[5], kv[7]))
						continue;
					url = path_url("matrix", kv);
					r = get(x, url, f || a ? NULL : &m);

					free(url);
					if (!r && m)
						r = cell_links(x, m, views[v]);
					json_object_put(m);
					if (r) {
						json_object_put(fams);
						json_object_put(arches);
						goto out;
					}
				}
			}
		}
	}
	json_object_put(fams);
	json_object_put(arches);
	for (i = 0; machines && i < json_object_array_length(machines); i++) {
		const char *kv[] = { "machine", str_of(json_object_array_get_idx(machines, i), "name"), NULL };
		char *url = path_url("migrations", kv);
		int r = get(x, url, NULL);

		free(url);
		if (r)
			goto out;
	}
	ret = 0;
out:
	json_object_put(machines);
	json_object_put(records);
	return ret;
}

/* The page's own files: every regular file at the top of web_dir, unchanged. */
static int copy_web(struct exporter *x, const char *web_dir)
{
	struct dirent *d;
	DIR *dir = opendir(web_dir);
	int ret = 0;

	if (!dir)
		return error_set(x->err, ERR_IO, "cannot read the web folder '%s': %s", web_dir, strerror(errno));
	while (!ret && (d = readdir(dir))) {
		struct strbuf sb = STRBUF_INIT;
		char *src, *dst;

		if (d->d_name[0] == '.')
			continue;
		src = xstrfmt("%s/%s", web_dir, d->d_name);
		dst = xstrfmt("%s/%s", x->dir, d->d_name);
		if (path_kind(src) == 0) {
			ret = read_file(src, &sb, 16u << 20, x->err);
			if (!ret)
				ret = write_bytes(dst, sb.buf, sb.len, x->err);
			x->stats->web_files += !ret;
		}
		strbuf_release(&sb);
		free(src);
		free(dst);
	}
	closedir(dir);
	return ret;
}

/* DIR/_etags.json (URL -> ETag) and DIR/_etags.nginx, a map for nginx's `map $uri $abidb_etag`. */
static int write_etags(struct exporter *x, const char *base_path)
{
	struct strbuf sb = STRBUF_INIT;
	char *file = xstrfmt("%s/_etags.json", x->dir);
	const char *text = json_object_to_json_string_ext(x->etags, JSON_C_TO_STRING_PRETTY |
						      JSON_C_TO_STRING_SPACED | JSON_C_TO_STRING_NOSLASHESCAPE);
	int ret;

	ret = write_bytes(file, text, strlen(text), x->err);
	free(file);
	if (ret)
		return -1;
	strbuf_addstr(&sb, "# abidb export site: the ETag abidb serve sends for each answer (docs/export.md)\n");
	json_object_object_foreach(x->etags, url, tag)
		strbuf_addf(&sb, "%s/%s '%s';\n", base_path, url, json_object_get_string(tag));
	file = xstrfmt("%s/_etags.nginx", x->dir);
	ret = write_bytes(file, sb.buf, sb.len, x->err);
	free(file);
	strbuf_release(&sb);
	return ret;
}

/* DIR may be new, empty, or an earlier export (its _etags.json): anything else is not export's to replace. */
static int replaceable(const char *dir, struct error *err)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char *marker;
	int empty = 1, earlier;

	if (!d)
		return errno == ENOENT ? 0 : error_set(err, ERR_IO, "cannot read folder '%s': %s", dir, strerror(errno));
	while (empty && (e = readdir(d)))
		empty = !strcmp(e->d_name, ".") || !strcmp(e->d_name, "..");
	closedir(d);
	if (empty)
		return 0;
	marker = xstrfmt("%s/_etags.json", dir);
	earlier = path_kind(marker) == 0;
	free(marker);
	return earlier ? 0 : error_set(err, ERR_USAGE, "'%s' is not empty and holds no earlier export (no _etags.json): "
				       "export site writes a new or empty folder, or replaces an earlier export", dir);
}

/* The staged export becomes DIR; an earlier one there is moved aside, then removed. */
static int swap_in(const char *staged, const char *dir, struct error *err)
{
	char *old = NULL;
	int rc = 0;

	if (path_kind(dir) == 1) {
		/* an empty folder of our own as the target: rename() replaces it */
		old = xstrfmt("%s.old-XXXXXX", dir);
		if (!mkdtemp(old))
			rc = error_set(err, ERR_IO, "cannot move the earlier export '%s' aside: %s", dir, strerror(errno));
		else if (rename(dir, old)) {
			rc = error_set(err, ERR_IO, "cannot move the earlier export '%s' aside: %s", dir, strerror(errno));
			rmdir(old);
		}
		if (rc) {
			free(old);
			return rc;
		}
	}
	if (rename(staged, dir)) {
		rc = error_set(err, ERR_IO, "cannot rename '%s' to '%s': %s", staged, dir, strerror(errno));
		if (old && rename(old, dir))
			error_prefix(err, "and the earlier export stays in '%s'", old);
	} else if (old && remove_tree(old)) {
		fprintf(stderr, "warning: cannot remove the earlier export, now '%s': %s\n", old, strerror(errno));
	}
	free(old);
	return rc;
}

int export_site(const char *db_path, const char *dir, const char *web_dir, const char *base_path,
		struct export_site_stats *stats, struct error *err)
{
	struct server_config cfg;
	struct exporter x;
	char *own, *staged;
	size_t len;
	int ret = -1;

	memset(stats, 0, sizeof(*stats));
	server_config_init(&cfg);
	cfg.db_path = db_path;
	cfg.read_only = 1;
	memset(&x, 0, sizeof(x));
	x.stats = stats;
	x.err = err;
	if (replaceable(dir, err))
		return -1;
	/* "DIR/" is DIR: the staged and the moved-aside folders go beside it, not into it */
	dir = own = xstrdup(dir);
	for (len = strlen(own); len > 1 && own[len - 1] == '/'; len--)
		own[len - 1] = '\0';
	/* written whole beside DIR, then swapped in: no reader sees half an export, no stale answer stays */
	if (make_parents(own, err)) {
		free(own);
		return -1;
	}
	staged = xstrfmt("%s.new-XXXXXX", dir);
	if (!mkdtemp(staged) || chmod(staged, 0755)) {
		error_set(err, ERR_IO, "cannot create folder '%s' (staged as '%s'): %s", dir, staged, strerror(errno));
		free(staged);
		free(own);
		return -1;
	}
	x.dir = staged;
	if (server_new(&x.srv, &cfg, err))
		goto out;
	x.etags = json_object_new_object();
	x.seen = json_object_new_object();
	x.by_etag = json_object_new_object();
	if (copy_web(&x, web_dir) || export_api(&x) || write_etags(&x, base_path) || swap_in(staged, dir, err))
		goto out;
	ret = 0;
out:
	if (ret)
		remove_tree(staged);
	free(staged);
	free(own);
	json_object_put(x.etags);
	json_object_put(x.seen);
	json_object_put(x.by_etag);
	server_free(x.srv);
	return ret;
}
