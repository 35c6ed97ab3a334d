/* all.c: collect every versioned machine type of a binary, in parallel (see all.h). */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <json-c/json.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <zlib.h>

#include "all.h"
#include "base64.h"
#include "child.h"
#include "json.h"
#include "qmp.h"
#include "util.h"

/* ---- the machine list ---- */

/* A versioned machine type: a digit right after its last '-' ("pc-q35-4.0.1", not "pc", "microvm"). */
static int is_versioned(const char *name)
{
	const char *dash = strrchr(name, '-');

	return dash && isdigit((unsigned char)dash[1]);
}

static int cmp_names(const void *a, const void *b)
{
	return version_cmp(*(char *const *)a, *(char *const *)b);
}

struct binary {
	char **names;
	size_t n;
	char *release, *package;
};

static void binary_release(struct binary *b)
{
	collect_free_names(b->names);
	free(b->release);
	free(b->package);
}

static int ask(struct qmp *q, const char *cmd, long long deadline, struct json_object **ret, struct error *err)
{
	struct json_object *reply;
	const char *desc;

	if (qmp_execute(q, cmd, NULL, NULL, deadline, &reply, err))
		return -1;
	if (qmp_reply_is_error(reply, &desc)) {
		error_set(err, ERR_INPUT, "qmp: %s failed: %s", cmd, desc);
		json_object_put(reply);
		return -1;
	}
	*ret = json_object_get(json_object_object_get(reply, "return"));
	json_object_put(reply);
	return 0;
}

/* query-machines and query-version of a `-machine none` QEMU. */
static int query_binary(const char *qemu, long timeout_s, struct binary *b, struct error *err)
{
	long long deadline = qmp_now_ms() + timeout_s * 1000;
	struct json_object *machines = NULL, *version = NULL, *v;
	struct qmp *q = NULL;
	size_t i, n, k = 0;
	int rc = -1;

	memset(b, 0, sizeof(*b));
	if (child_setup(err))
		return -1;
	if (child_start_qemu(qemu, "none", NULL, timeout_s, deadline, &q, err) ||
	    ask(q, "query-machines", deadline, &machines, err) || ask(q, "query-version", deadline, &version, err) ||
	    child_quit_qemu(&q, deadline, timeout_s, err))
		goto out;
	if (!json_object_is_type(machines, json_type_array)) {
		error_set(err, ERR_INPUT, "qmp: query-machines: expected a list");
		goto out;
	}
	n = json_object_array_length(machines);
	b->names = xcalloc(n + 1, sizeof(*b->names));
	for (i = 0; i < n; i++) {
		const char *name = json_object_get_string(json_object_object_get(json_object_array_get_idx(machines, i),
									       "name"));

		if (name && is_versioned(name))
			b->names[k++] = xstrdup(name);
	}
	qsort(b->names, k, sizeof(*b->names), cmp_names);
	b->n = k;
	v = json_object_object_get(version, "qemu");
	b->release = xstrfmt("%d.%d.%d", json_object_get_int(json_object_object_get(v, "major")),
			     json_object_get_int(json_object_object_get(v, "minor")),
			     json_object_get_int(json_object_object_get(v, "micro")));
	v = json_object_object_get(version, "package");
	b->package = xstrdup(v ? json_object_get_string(v) : "");
	rc = 0;
out:
	qmp_close(q);
	child_teardown();
	json_object_put(machines);
	json_object_put(version);
	return rc;
}

int collect_list_machines(const char *qemu, long timeout_s, char ***names, struct error *err)
{
	struct binary b;

	*names = NULL;
	if (query_binary(qemu, timeout_s, &b, err))
		return -1;
	*names = b.names;
	b.names = NULL;
	binary_release(&b);
	return 0;
}

int collect_query_version(const char *qemu, long timeout_s, char **version, char **package, struct error *err)
{
	struct binary b;

	*version = *package = NULL;
	if (query_binary(qemu, timeout_s, &b, err))
		return -1;
	*version = b.release;
	*package = b.package;
	b.release = b.package = NULL;
	binary_release(&b);
	return 0;
}

void collect_free_names(char **names)
{
	size_t i;

	for (i = 0; names && names[i]; i++)
		free(names[i]);
	free(names);
}

/* ---- one machine folder ---- */

static int write_gz(const char *path, const struct strbuf *data, struct error *err)
{
	gzFile g = gzopen(path, "wb6");

	if (!g)
		return error_set(err, ERR_IO, "output: cannot create '%s': %s", path, strerror(errno));
	if (gzwrite(g, data->buf, (unsigned)data->len) != (int)data->len) {
		gzclose(g);
		return error_set(err, ERR_IO, "output: cannot write '%s'", path);
	}
	if (gzclose(g) != Z_OK)
		return error_set(err, ERR_IO, "output: cannot write '%s'", path);
	return 0;
}

/* A file of a folder that is renamed into place when complete: no rename of its own. */
static int write_plain(const char *path, const void *buf, size_t len, struct error *err)
{
	FILE *f = fopen(path, "wb");

	if (!f)
		return error_set(err, ERR_IO, "output: cannot create '%s': %s", path, strerror(errno));
	if (fwrite(buf, 1, len, f) != len || fclose(f))
		return error_set(err, ERR_IO, "output: cannot write '%s': %s", path, strerror(errno));
	return 0;
}

/* mkdir -p of the folders of `path` below `root` */
static int make_parents(const char *root, const char *rel, struct error *err)
{
	char *p = xstrfmt("%s/%s", root, rel), *s;
	int rc = 0;

	for (s = p + strlen(root) + 1; (s = strchr(s, '/')); s++) {
		*s = '\0';
		if (mkdir(p, 0755) && errno != EEXIST)
			rc = error_set(err, ERR_IO, "output: cannot create '%s': %s", p, strerror(errno));
		*s = '/';
		if (rc)
			break;
	}
	free(p);
	return rc;
}

static int write_section(const char *dir, const char *file, struct json_object *sec, int gz, struct error *err)
{
	struct strbuf text = STRBUF_INIT;
	char *path = xstrfmt("%s/%s", dir, file);
	int rc;

	json_canonical(sec, &text);
	rc = gz ? write_gz(path, &text, err) : write_plain(path, text.buf, text.len, err);
	strbuf_release(&text);
	free(path);
	return rc;
}

static int write_guest(const char *dir, struct json_object *guest, struct error *err)
{
	struct strbuf bin = STRBUF_INIT;
	char *gdir = xstrfmt("%s/guest", dir);
	int rc = 0;

	json_object_object_foreach(guest, rel, v) {
		char *path;

		strbuf_reset(&bin);
		if (strstr(rel, "..") || rel[0] == '/' ||
		    base64_decode(json_object_get_string(v), (size_t)json_object_get_string_len(v), &bin)) {
			rc = error_set(err, ERR_INTERNAL, "output: bad guest file '%s'", rel);
			break;
		}
		path = xstrfmt("%s/%s", gdir, rel);
		rc = make_parents(gdir, rel, err) || write_plain(path, bin.buf, bin.len, err) ? -1 : 0;
		free(path);
		if (rc)
			break;
	}
	free(gdir);
	strbuf_release(&bin);
	return rc;
}

/* The document as a machine folder (the layout of ../shared/data), built beside and renamed. */
static int write_machine_dir(const char *out_dir, const char *machine, struct json_object *doc, struct error *err)
{
	static const struct { const char *sec, *file; int gz; } files[] = {
		{ "qom", "qom.json", 0 },
		{ "qmp", "qmp-misc.json", 0 },
		{ "vmstate", "vmstate.json.gz", 1 },
		{ "vmdesc", "migration-vmdesc.json.gz", 1 },
	};
	struct json_object *secs = json_object_object_get(doc, "sections"), *sec;
	char *tmp = xstrfmt("%s/.%s.tmp.%d", out_dir, machine, (int)getpid());
	char *final = xstrfmt("%s/%s", out_dir, machine);
	size_t i;
	int rc = 0;

	if (mkdir(tmp, 0755))
		rc = error_set(err, ERR_IO, "output: cannot create '%s': %s", tmp, strerror(errno));
	for (i = 0; !rc && i < ARRAY_SIZE(files); i++)
		if (json_object_object_get_ex(secs, files[i].sec, &sec))
			rc = write_section(tmp, files[i].file, sec, files[i].gz, err);
	if (!rc && json_object_object_get_ex(secs, "guest", &sec)) {
		char *g = xstrfmt("%s/guest", tmp);

		if (mkdir(g, 0755))
			rc = error_set(err, ERR_IO, "output: cannot create '%s': %s", g, strerror(errno));
		free(g);
		if (!rc)
			rc = write_guest(tmp, sec, err);
	}
	if (!rc && json_object_object_get_ex(secs, "dtb", &sec)) {
		/* the device tree as QEMU's dumpdtb writes it: machine.dtb */
		struct strbuf bin = STRBUF_INIT;
		char *p = xstrfmt("%s/machine.dtb", tmp);

		if (base64_decode(json_object_get_string(sec), (size_t)json_object_get_string_len(sec), &bin))
			rc = error_set(err, ERR_INTERNAL, "output: bad device tree section");
		else
			rc = write_plain(p, bin.buf, bin.len, err);
		strbuf_release(&bin);
		free(p);
	}
	if (!rc && rename(tmp, final))
		rc = error_set(err, ERR_IO, "output: cannot rename '%s' to '%s': %s", tmp, final, strerror(errno));
	if (rc)
		remove_tree(tmp);
	free(tmp);
	free(final);
	return rc;
}

/* ---- upload ---- */

/*
 * POST the document with a child curl (as the README's CI recipe does): no
 * libcurl dependency for one request per machine type.  The token goes in a
 * header file (mode 0600), not on curl's command line, where ps shows it.
 */
static int upload(const struct collect_all_options *a, struct json_object *doc, struct error *err)
{
	struct strbuf text = STRBUF_INIT;
	char *auth = xstrfmt("Authorization: Bearer %s\n", a->token), *hdr = NULL, *body = NULL, *tmo;
	int rc;

	tmo = xstrfmt("%ld", a->one.timeout_s);
	rc = child_setup(err);
	if (!rc) {
		hdr = xstrfmt("@%s", child_file("auth.txt"));
		body = xstrfmt("@%s", child_file("record.json"));
		collect_document_text(doc, &text);
		rc = write_plain(child_file("auth.txt"), auth, strlen(auth), err) ||
		     write_plain(child_file("record.json"), text.buf, text.len, err) ? -1 : 0;
	}
	if (!rc) {
		char *argv[] = { "/usr/bin/curl", "-fsS", "--max-time", tmo, "-o", "/dev/null", "-H", hdr,
				 "-H", "Content-Type: application/json", "--data-binary", body, (char *)a->upload_url,
				 NULL };
		char *what = xstrfmt("upload: curl %s", a->upload_url);

		rc = child_run(argv, what, qmp_now_ms() + (a->one.timeout_s + 5) * 1000, err);
		free(what);
	}
	child_teardown();
	strbuf_release(&text);
	free(auth);
	free(hdr);
	free(body);
	free(tmo);
	return rc;
}

/* ---- the run ---- */

static int do_one(const struct collect_all_options *a, const char *machine, struct error *err)
{
	struct collect_options o = a->one;
	struct json_object *doc = NULL;
	int rc;

	o.machine = machine;
	o.no_twin = a->jobs > 1;
	rc = collect_machine(&o, &doc, err);
	if (!rc)
		rc = a->out_dir ? write_machine_dir(a->out_dir, machine, doc, err) : upload(a, doc, err);
	json_object_put(doc);
	return rc;
}

struct worker {
	pid_t pid;
	int fd;			/* the read end of its error pipe */
	const char *machine;
};

/* Start a worker process for one machine type: exit 0, or its error message through the pipe and exit 3. */
static int start_worker(const struct collect_all_options *a, const char *machine, struct worker *w,
			struct error *err)
{
	int pfd[2];
	pid_t pid;

	if (child_fork(pfd, &pid, err))
		return -1;
	if (pid == 0) {
		struct error e = ERROR_INIT;
		int rc;

		close(pfd[0]);
		signal(SIGINT, SIG_DFL);
		signal(SIGTERM, SIG_DFL);
		rc = do_one(a, machine, &e);
		if (rc && write(pfd[1], e.msg, strlen(e.msg)) < 0)
			rc = 3;
		_exit(rc ? 3 : 0);
	}
	close(pfd[1]);
	w->pid = pid;
	w->fd = pfd[0];
	w->machine = machine;
	return 0;
}

static void add_failure(struct collect_all_result *res, const char *machine, const char *msg)
{
	res->failed = xrealloc(res->failed, (res->nfailed + 1) * sizeof(*res->failed));
	res->failed[res->nfailed].machine = xstrdup(machine);
	res->failed[res->nfailed].msg = xstrdup(msg);
	res->nfailed++;
}

/* Wait for any worker; record how it ended. */
static void reap_one(const struct collect_all_options *a, struct worker *ws, int *running,
		     struct collect_all_result *res)
{
	struct collect_all_event ev;
	struct strbuf msg = STRBUF_INIT;
	char buf[1024];
	int status, i;
	ssize_t n;
	pid_t pid;

	do
		pid = waitpid(-1, &status, 0);
	while (pid < 0 && errno == EINTR);
	for (i = 0; i < *running && ws[i].pid != pid; i++)
		;
	if (i == *running)
		return;
	while ((n = read(ws[i].fd, buf, sizeof(buf))) > 0)
		strbuf_add(&msg, buf, (size_t)n);
	close(ws[i].fd);
	memset(&ev, 0, sizeof(ev));
	ev.machine = ws[i].machine;
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
		res->collected++;
	} else {
		if (!msg.len)
			strbuf_addf(&msg, "the worker process ended with status 0x%x", status);
		add_failure(res, ws[i].machine, msg.buf);
		ev.error = res->failed[res->nfailed - 1].msg;
	}
	ws[i] = ws[--*running];
	ev.done = res->collected + res->skipped + res->nfailed;
	ev.total = res->total;
	ev.failed = res->nfailed;
	if (a->progress)
		a->progress(a->ctx, &ev);
	strbuf_release(&msg);
}

static int write_release_json(const struct collect_all_options *a, const struct binary *b, struct error *err)
{
	struct json_object *o = json_object_new_object(), *m = json_object_new_array();
	struct strbuf text = STRBUF_INIT;
	char *path = xstrfmt("%s/release.json", a->out_dir);
	size_t i;
	int rc;

	json_object_object_add(o, "release", json_object_new_string(b->release));
	if (a->one.stream)
		json_object_object_add(o, "stream", json_object_new_string(a->one.stream));
	json_object_object_add(o, "package", json_object_new_string(b->package));
	for (i = 0; i < b->n; i++)
		json_object_array_add(m, json_object_new_string(b->names[i]));
	json_object_object_add(o, "machines", m);
	strbuf_addstr(&text, json_object_to_json_string_ext(o, JSON_C_TO_STRING_PRETTY));
	strbuf_addch(&text, '\n');
	rc = collect_write_file(path, text.buf, text.len, err);
	json_object_put(o);
	strbuf_release(&text);
	free(path);
	return rc;
}

int collect_all(const struct collect_all_options *a, struct collect_all_result *res, struct error *err)
{
	struct binary b;
	struct worker *ws;
	int running = 0, jobs = a->jobs > 0 ? a->jobs : 1, rc = 0;
	size_t i, picked = 0;

	memset(res, 0, sizeof(*res));
	if (query_binary(a->one.qemu, a->one.timeout_s > 0 ? a->one.timeout_s : COLLECT_DEFAULT_TIMEOUT_S, &b, err))
		return -1;
	for (i = 0; i < b.n; i++)
		if (!a->glob || glob_match(a->glob, b.names[i]))
			b.names[picked++] = b.names[i];
		else
			free(b.names[i]);
	b.names[picked] = NULL;
	b.n = picked;
	if (!b.n) {
		rc = error_set(err, ERR_NOTFOUND, "'%s' offers no versioned machine type%s%s", a->one.qemu,
			       a->glob ? " matching " : "", a->glob ? a->glob : "");
		goto out;
	}
	if (a->out_dir && ((mkdir(a->out_dir, 0755) && errno != EEXIST) || path_kind(a->out_dir) != 1)) {
		rc = error_set(err, ERR_IO, "output: cannot create the folder '%s': %s", a->out_dir, strerror(errno));
		goto out;
	}
	if (a->out_dir && write_release_json(a, &b, err)) {
		rc = -1;
		goto out;
	}
	res->total = b.n;
	ws = xcalloc((size_t)jobs, sizeof(*ws));
	for (i = 0; i < b.n; i++) {
		char *done = a->out_dir ? xstrfmt("%s/%s", a->out_dir, b.names[i]) : NULL;
		int skip = done && path_kind(done) == 1;

		free(done);
		if (skip) {
			res->skipped++;
			continue;
		}
		while (running >= jobs)
			reap_one(a, ws, &running, res);
		if (start_worker(a, b.names[i], &ws[running], err)) {
			add_failure(res, b.names[i], err->msg);
			error_clear(err);
			continue;
		}
		running++;
	}
	while (running)
		reap_one(a, ws, &running, res);
	free(ws);
out:
	binary_release(&b);
	return rc;
}

void collect_all_result_release(struct collect_all_result *res)
{
	size_t i;

	for (i = 0; i < res->nfailed; i++) {
		free(res->failed[i].machine);
		free(res->failed[i].msg);
	}
	free(res->failed);
	memset(res, 0, sizeof(*res));
}
