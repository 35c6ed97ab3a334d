/*
 * collect.c: run a QEMU binary on one machine type, stopped, and make the abidb-dump v1
 * document of what it shows (docs/collect.md).
 *
 * The host view's QEMU command lines are those that made ../shared/data (its README):
 *   QEMU -machine M -accel tcg -S -display none -qmp unix:SOCK,server=on,wait=off
 * with QEMU's default devices, then
 *   QEMU -machine M -dump-vmstate FILE
 * Between them: qmp_capabilities, a qom-list / qom-get walk of /machine and /objects
 * (recursing into child<...> properties), the qmp-misc commands, a migration of the
 * stopped machine into a file for its device description (migration-vmdesc.json), quit.
 * The guest view comes from guest.c (the fw_cfg fast path), or a booted probe (--boot).
 */
#include <errno.h>
#include <fcntl.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "boot.h"
#include "child.h"
#include "dtb.h"
#include "fwcfg.h"
#include "collect.h"
#include "guest.h"
#include "json.h"
#include "qmp.h"
#include "util.h"

#define COLLECTOR_NAME "abidb collect"
#define COLLECTOR_VERSION "2"
#define VMSTATE_MAX_BYTES (256u << 20)

struct collect {
	const char *qemu, *machine;
	const char *machine_opt;	/* QEMU's -machine argument: the machine, maybe with a TCG workaround */
	long timeout_s;
	struct qmp *q;
	long long deadline;	/* of the current QEMU run */
	struct json_object *qom, *qmp, *vmstate, *vmdesc, *guest, *guest_info, *dtb;
	struct fwcfg_where fwcfg;	/* the fw_cfg MMIO device the device tree names (mmio 0: none) */
	int major, minor, micro;
	char *package, *arch;
};

/* Run a command that must succeed (qom-list, quit ...): an error reply is a failure. */
static int call_ok(struct collect *c, const char *cmd, const char *what, struct json_object *args,
		   struct json_object **ret, struct error *err)
{
	struct json_object *reply;
	const char *desc;

	*ret = NULL;
	if (qmp_execute(c->q, cmd, what, args, c->deadline, &reply, err))
		return -1;
	if (qmp_reply_is_error(reply, &desc)) {
		error_set(err, ERR_INPUT, "qmp: %s failed: %s", what ? what : cmd, desc);
		json_object_put(reply);
		return -1;
	}
	json_object_object_get_ex(reply, "return", ret);
	json_object_get(*ret);
	json_object_put(reply);
	return 0;
}

/* Walk one QOM object, then its children: qom.json's {"type": T, "props": {NAME: {"type", "value"|"error"}}}. */
static int walk_qom(struct collect *c, const char *path, const char *type_hint, struct error *err)
{
	struct json_object *args, *list = NULL, *props, *entry, *children, *reply, *v;
	char *what;
	const char *type = type_hint;
	size_t i, n;
	int ret = -1;

	if (json_object_object_get_ex(c->qom, path, NULL))
		return 0;
	args = json_object_new_object();
	json_object_object_add(args, "path", json_object_new_string(path));
	what = xstrfmt("qom-list %s", path);
	if (call_ok(c, "qom-list", what, args, &list, err))
		goto out_what;
	if (!json_object_is_type(list, json_type_array)) {
		error_set(err, ERR_INPUT, "qmp: %s failed: the reply is not a list", what);
		goto out_what;
	}
	props = json_object_new_object();
	children = json_object_new_array();
	entry = json_object_new_object();
	json_object_object_add(c->qom, path, entry);
	n = json_object_array_length(list);
	for (i = 0; i < n; i++) {
		struct json_object *info = json_object_array_get_idx(list, i), *jn, *jt, *prop, *gargs;
		const char *name, *ptype;
		char *gwhat;
		int rc;

		if (!json_object_object_get_ex(info, "name", &jn) || !json_object_is_type(jn, json_type_string) ||
		    !json_object_object_get_ex(info, "type", &jt) || !json_object_is_type(jt, json_type_string)) {
			error_set(err, ERR_INPUT, "qmp: %s failed: an entry without name or type", what);
			goto out;
		}
		name = json_object_get_string(jn);
		ptype = json_object_get_string(jt);
		gargs = json_object_new_object();
		json_object_object_add(gargs, "path", json_object_new_string(path));
		json_object_object_add(gargs, "property", json_object_new_string(name));
		gwhat = xstrfmt("qom-get %s/%s", path, name);
		rc = qmp_execute(c->q, "qom-get", gwhat, gargs, c->deadline, &reply, err);
		free(gwhat);
		if (rc) {
			json_object_put(gargs);
			goto out;
		}
		json_object_put(gargs);
		prop = json_object_new_object();
		json_object_object_add(prop, "type", json_object_new_string(ptype));
		if (json_object_object_get_ex(reply, "error", &v)) {
			/* recorded as QEMU said it: {"class": ..., "desc": ...} */
			json_object_object_add(prop, "error", json_object_get(v));
		} else {
			json_object_object_get_ex(reply, "return", &v);
			json_object_object_add(prop, "value", json_object_get(v));
			if (!strcmp(name, "type") && json_object_is_type(v, json_type_string))
				type = json_object_get_string(v);
			if (starts_with(ptype, "child<") && json_object_is_type(v, json_type_string)) {
				size_t tl = strlen(ptype);
				struct json_object *ch = json_object_new_array();

				json_object_array_add(ch, json_object_new_string(name));
				json_object_array_add(ch, json_object_new_string_len(ptype + 6, (int)(tl - 7)));
				json_object_array_add(children, ch);
			}
		}
		json_object_put(reply);
		json_object_object_add(props, name, prop);
	}
	json_object_object_add(entry, "type", json_object_new_string(type ? type : ""));
	json_object_object_add(entry, "props", json_object_get(props));
	n = json_object_array_length(children);
	for (i = 0; i < n; i++) {
		struct json_object *ch = json_object_array_get_idx(children, i);
		char *cpath = xstrfmt("%s/%s", path, json_object_get_string(json_object_array_get_idx(ch, 0)));
		int rc = walk_qom(c, cpath, json_object_get_string(json_object_array_get_idx(ch, 1)), err);

		free(cpath);
		if (rc)
			goto out;
	}
	ret = 0;
out:
	json_object_put(props);
	json_object_put(children);
out_what:
	json_object_put(list);
	json_object_put(args);
	free(what);
	return ret;
}

/* Run one qmp-misc command; its reply, {"return"} or {"error"}, is recorded as is under `key`. */
static int misc(struct collect *c, const char *key, const char *cmd, struct json_object *args, struct error *err)
{
	struct json_object *reply;

	if (qmp_execute(c->q, cmd, key, args, c->deadline, &reply, err)) {
		json_object_put(args);
		return -1;
	}
	json_object_put(args);
	json_object_object_add(c->qmp, key, reply);
	return 0;
}

static int hmp(struct collect *c, const char *line, struct error *err)
{
	struct json_object *args = json_object_new_object();
	char *key = xstrfmt("hmp:%s", line);
	int rc;

	json_object_object_add(args, "command-line", json_object_new_string(line));
	rc = misc(c, key, "human-monitor-command", args, err);
	free(key);
	return rc;
}

/*
 * s390x: the machine type sets the CPU model's generation and features
 * (s390_set_qemu_cpu_model() in each ccw_machine_X_Y_instance_options):
 * the static expansion of the default CPU model names the base model the
 * guest's STIDP and STFLE show (gen15a-base on 7.2, zEC12.2-base on 4.0),
 * which QOM does not.  The model is the default CPU type's name without
 * "-s390x-cpu".
 */
static int cpu_model_expansion(struct collect *c, struct error *err)
{
	struct json_object *ms = json_object_object_get(c->qmp, "query-machines"), *args, *model;
	const char *cpu = NULL;
	size_t i, n;
	char *name;
	int rc;

	if (!json_object_object_get_ex(ms, "return", &ms) || !json_object_is_type(ms, json_type_array))
		return 0;
	n = json_object_array_length(ms);
	for (i = 0; i < n && !cpu; i++) {
		struct json_object *m = json_object_array_get_idx(ms, i), *v;

		if (json_object_object_get_ex(m, "name", &v) && !strcmp(json_object_get_string(v), c->machine) &&
		    json_object_object_get_ex(m, "default-cpu-type", &v))
			cpu = json_object_get_string(v);
	}
	if (!cpu || !ends_with(cpu, "-s390x-cpu"))
		return 0;
	name = xstrndup(cpu, strlen(cpu) - strlen("-s390x-cpu"));
	args = json_object_new_object();
	model = json_object_new_object();
	json_object_object_add(model, "name", json_object_new_string(name));
	json_object_object_add(args, "type", json_object_new_string("static"));
	json_object_object_add(args, "model", model);
	rc = misc(c, "query-cpu-model-expansion", "query-cpu-model-expansion", args, err);
	free(name);
	return rc;
}

static int collect_misc(struct collect *c, struct error *err)
{
	static const char *const plain[] = {
		"query-target", "query-pci", "query-cpus-fast", "query-hotpluggable-cpus",
		"query-memory-devices", "query-memory-size-summary", "query-memdev", "query-acpi-ospm-status",
		"query-kvm",
	};
	struct json_object *r, *v, *args = NULL;
	size_t i;

	/* query-version first: it decides query-machines' arguments */
	if (misc(c, "query-version", "query-version", NULL, err))
		return -1;
	r = json_object_object_get(c->qmp, "query-version");
	if (!json_object_object_get_ex(r, "return", &r) || !json_object_object_get_ex(r, "qemu", &v))
		return error_set(err, ERR_INPUT, "qmp: query-version failed: no \"qemu\" version in the reply");
	c->major = json_object_get_int(json_object_object_get(v, "major"));
	c->minor = json_object_get_int(json_object_object_get(v, "minor"));
	c->micro = json_object_get_int(json_object_object_get(v, "micro"));
	c->package = xstrdup(json_object_object_get_ex(r, "package", &v) ? json_object_get_string(v) : "");
	/* compat-props exists from QEMU 9.1 on (docs/formats.md, decode-qmp.c) */
	if (c->major > 9 || (c->major == 9 && c->minor >= 1)) {
		args = json_object_new_object();
		json_object_object_add(args, "compat-props", json_object_new_boolean(1));
	}
	if (misc(c, "query-machines", "query-machines", args, err))
		return -1;
	for (i = 0; i < ARRAY_SIZE(plain); i++)
		if (misc(c, plain[i], plain[i], NULL, err))
			return -1;
	r = json_object_object_get(c->qmp, "query-target");
	if (json_object_object_get_ex(r, "return", &r) && json_object_object_get_ex(r, "arch", &v))
		c->arch = xstrdup(json_object_get_string(v));
	if (c->arch && !strcmp(c->arch, "s390x") && cpu_model_expansion(c, err))
		return -1;
	if (hmp(c, "info qtree", err) || hmp(c, "info mtree -f", err))
		return -1;
	return 0;
}

/*
 * The description QEMU appends to a migration stream: QEMU_VM_VMDESCRIPTION
 * (0x06), a big-endian 32-bit length, then that many bytes of JSON, which
 * end the stream.  Found from the end; NULL if the stream has none.
 */
static struct json_object *find_vmdesc(const struct strbuf *st)
{
	const unsigned char *b = (const unsigned char *)st->buf;
	size_t p, stop = st->len > (64u << 20) ? st->len - (64u << 20) : 0;
	struct error ignore = ERROR_INIT;
	struct json_object *o;

	if (st->len < 7)
		return NULL;
	for (p = st->len - 7; p + 1 > stop; p--) {
		size_t len = (size_t)b[p + 1] << 24 | (size_t)b[p + 2] << 16 | (size_t)b[p + 3] << 8 | b[p + 4];

		if (b[p] == 0x06 && b[p + 5] == '{' && len == st->len - p - 5 &&
		    !json_parse(st->buf + p + 5, len, "vmdesc", &o, &ignore)) {
			if (json_object_is_type(o, json_type_object))
				return o;
			json_object_put(o);
		}
		if (!p)
			break;
	}
	return NULL;
}

/*
 * Migrate the stopped machine into a file (fd: migration, the file passed
 * with getfd) and keep migration-vmdesc.json's {"status", "error-desc",
 * "stream_bytes", "vmdesc", "vmdesc_suppressed"}; a refused migration is
 * recorded as {"status": "exception", "error": ...}, an observation.
 */
static int collect_vmdesc(struct collect *c, struct error *err)
{
	struct json_object *args, *reply, *ret, *v, *m;
	struct strbuf stream = STRBUF_INIT;
	const char *desc;
	char status[32] = "";
	int fd, suppressed = 0;

	m = json_object_object_get(c->qom, "/machine");
	if ((v = json_object_object_get(json_object_object_get(m, "props"), "suppress-vmdesc")))
		suppressed = json_object_get_boolean(json_object_object_get(v, "value"));
	fd = open(child_file("migration.stream"), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0)
		return error_set(err, ERR_IO, "migration: cannot create '%s': %s", child_file("migration.stream"),
				 strerror(errno));
	args = json_object_new_object();
	json_object_object_add(args, "fdname", json_object_new_string("abidb-migration"));
	if (qmp_execute_fd(c->q, "getfd", NULL, args, fd, c->deadline, &reply, err)) {
		close(fd);
		json_object_put(args);
		return -1;
	}
	close(fd);
	json_object_put(args);
	if (qmp_reply_is_error(reply, &desc)) {
		error_set(err, ERR_INPUT, "qmp: getfd failed: %s", desc);
		json_object_put(reply);
		return -1;
	}
	json_object_put(reply);
	args = json_object_new_object();
	json_object_object_add(args, "uri", json_object_new_string("fd:abidb-migration"));
	if (qmp_execute(c->q, "migrate", NULL, args, c->deadline, &reply, err)) {
		json_object_put(args);
		return -1;
	}
	json_object_put(args);
	c->vmdesc = json_object_new_object();
	if (qmp_reply_is_error(reply, &desc)) {
		json_object_object_add(c->vmdesc, "error", json_object_new_string(desc));
		json_object_object_add(c->vmdesc, "status", json_object_new_string("exception"));
		json_object_put(reply);
		return 0;
	}
	json_object_put(reply);
	for (;;) {
		if (call_ok(c, "query-migrate", NULL, NULL, &ret, err))
			return -1;
		v = json_object_object_get(ret, "status");
		snprintf(status, sizeof(status), "%s", v ? json_object_get_string(v) : "");
		if (!strcmp(status, "completed") || !strcmp(status, "failed") || !strcmp(status, "cancelled"))
			break;
		json_object_put(ret);
		if (qmp_now_ms() >= c->deadline)
			return error_set(err, ERR_IO, "migration: not finished within %ld s (status '%s')",
					 c->timeout_s, status);
		usleep(20000);
	}
	json_object_object_add(c->vmdesc, "status", json_object_new_string(status));
	v = json_object_object_get(ret, "error-desc");
	json_object_object_add(c->vmdesc, "error-desc", json_object_get(v));
	json_object_put(ret);
	if (strcmp(status, "completed"))
		return 0;
	if (read_input(child_file("migration.stream"), &stream, 0, err))
		return error_prefix(err, "migration");
	json_object_object_add(c->vmdesc, "stream_bytes", json_object_new_int64((int64_t)stream.len));
	json_object_object_add(c->vmdesc, "vmdesc_suppressed", json_object_new_boolean(suppressed));
	if (!suppressed) {
		struct json_object *d = find_vmdesc(&stream);

		if (!d) {
			strbuf_release(&stream);
			return error_set(err, ERR_INPUT, "migration: no device description at the end of the "
					 "%zu-byte stream", stream.len);
		}
		json_object_object_add(c->vmdesc, "vmdesc", d);
	}
	strbuf_release(&stream);
	unlink(child_file("migration.stream"));
	return 0;
}

static int dump_vmstate(struct collect *c, struct error *err)
{
	char *argv[] = { (char *)c->qemu, "-machine", (char *)c->machine_opt, "-dump-vmstate",
			 (char *)child_file("vmstate.json"), NULL };
	struct strbuf buf = STRBUF_INIT;
	char *what = xstrfmt("vmstate: '%s -machine %s -dump-vmstate'", c->qemu, c->machine_opt);
	int rc;

	rc = child_run(argv, what, qmp_now_ms() + c->timeout_s * 1000, err);
	free(what);
	if (rc)
		return -1;
	if (read_input(child_file("vmstate.json"), &buf, VMSTATE_MAX_BYTES, err) ||
	    json_parse(buf.buf, buf.len, "-dump-vmstate output", &c->vmstate, err)) {
		strbuf_release(&buf);
		return error_prefix(err, "vmstate");
	}
	strbuf_release(&buf);
	if (!json_object_is_type(c->vmstate, json_type_object))
		return error_set(err, ERR_INPUT, "vmstate: the -dump-vmstate output is not a JSON object");
	return 0;
}

static const char *infer_stream(const char *p)
{
	if (!*p)
		return "upstream";
	if (starts_with(p, "Debian"))
		return "debian";
	if (starts_with(p, "Ubuntu"))
		return "ubuntu";
	if (strstr(p, ".el") || starts_with(p, "qemu-kvm"))
		return "rhel";
	if (strstr(p, ".fc"))
		return "fedora";
	return "downstream";
}

static struct json_object *build_document(struct collect *c, const char *stream)
{
	struct json_object *doc = json_object_new_object(), *o, *secs;
	struct strbuf ver = STRBUF_INIT;
	char when[32];
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(when, sizeof(when), "%Y-%m-%dT%H:%M:%SZ", &tm);
	json_object_object_add(doc, "format", json_object_new_string("abidb-dump"));
	json_object_object_add(doc, "version", json_object_new_int(1));
	o = json_object_new_object();
	strbuf_addf(&ver, "%d.%d.%d", c->major, c->minor, c->micro);
	json_object_object_add(o, "version", json_object_new_string(ver.buf));
	strbuf_release(&ver);
	json_object_object_add(o, "package", json_object_new_string(c->package));
	json_object_object_add(o, "stream", json_object_new_string(stream ? stream : infer_stream(c->package)));
	json_object_object_add(doc, "qemu", o);
	o = json_object_new_object();
	json_object_object_add(o, "name", json_object_new_string(c->machine));
	json_object_object_add(o, "arch", json_object_new_string(c->arch ? c->arch : "x86_64"));
	json_object_object_add(doc, "machine", o);
	o = json_object_new_object();
	json_object_object_add(o, "name", json_object_new_string(COLLECTOR_NAME));
	json_object_object_add(o, "version", json_object_new_string(COLLECTOR_VERSION));
	json_object_object_add(o, "when", json_object_new_string(when));
	if (c->guest_info)
		json_object_object_add(o, "guest", json_object_get(c->guest_info));
	if (strcmp(c->machine_opt, c->machine))
		json_object_object_add(o, "machine_options", json_object_new_string(c->machine_opt + strlen(c->machine) + 1));
	json_object_object_add(doc, "collector", o);
	secs = json_object_new_object();
	json_object_object_add(secs, "qom", json_object_get(c->qom));
	json_object_object_add(secs, "qmp", json_object_get(c->qmp));
	if (c->vmstate)
		json_object_object_add(secs, "vmstate", json_object_get(c->vmstate));
	if (c->vmdesc)
		json_object_object_add(secs, "vmdesc", json_object_get(c->vmdesc));
	if (c->guest)
		json_object_object_add(secs, "guest", json_object_get(c->guest));
	if (c->dtb)
		json_object_object_add(secs, "dtb", json_object_get(c->dtb));
	json_object_object_add(doc, "sections", secs);
	return doc;
}

void collect_document_text(struct json_object *doc, struct strbuf *out)
{
	json_canonical(doc, out);
	strbuf_addch(out, '\n');
}

int collect_write_file(const char *path, const void *buf, size_t len, struct error *err)
{
	char *tmp;
	FILE *f;
	int rc = 0;

	if (!strcmp(path, "-")) {
		if (fwrite(buf, 1, len, stdout) != len || fflush(stdout))
			return error_set(err, ERR_IO, "output: cannot write standard output: %s", strerror(errno));
		return 0;
	}
	/* write beside, then rename: a failed run never leaves half a document */
	tmp = xstrfmt("%s.tmp.%d", path, (int)getpid());
	f = fopen(tmp, "wb");
	if (!f) {
		rc = error_set(err, ERR_IO, "output: cannot create '%s': %s", tmp, strerror(errno));
	} else if (fwrite(buf, 1, len, f) != len || fflush(f) || fsync(fileno(f)) || fclose(f)) {
		rc = error_set(err, ERR_IO, "output: cannot write '%s': %s", tmp, strerror(errno));
		unlink(tmp);
	} else if (rename(tmp, path)) {
		rc = error_set(err, ERR_IO, "output: cannot rename '%s' to '%s': %s", tmp, path, strerror(errno));
		unlink(tmp);
	}
	free(tmp);
	return rc;
}

static int run(struct collect *c, const struct collect_options *o, struct error *err)
{
	c->deadline = qmp_now_ms() + c->timeout_s * 1000;
	if (child_start_qemu(c->qemu, c->machine_opt, c->timeout_s, c->deadline, &c->q, err))
		return -1;
	c->qom = json_object_new_object();
	c->qmp = json_object_new_object();
	if (walk_qom(c, "/machine", NULL, err) || walk_qom(c, "/objects", NULL, err) || collect_misc(c, err) ||
	    (!o->no_vmdesc && collect_vmdesc(c, err)) ||
	    child_quit_qemu(&c->q, c->deadline, c->timeout_s, err))
		return child_note_exit(err);
	if (!o->no_vmstate && dump_vmstate(c, err))
		return -1;
	if (!o->no_dtb && builds_dtb(c->arch) &&
	    collect_dtb(c->qemu, c->machine_opt, c->timeout_s, &c->dtb, &c->fwcfg, err))
		return -1;
	if (o->no_guest)
		return 0;
	if (o->boot && !guest_fast_applies(c->arch))
		return error_set(err, ERR_USAGE, "--boot: the probe boots an x86 Linux kernel; this QEMU's target is %s",
				 c->arch);
	if (o->boot) {
		/* the guest's own view: abidb-probe booted as /init (collector/boot.c) */
		struct boot_options b = { o->qemu, o->machine, o->kernel, 0, NULL };

		return collector_boot(&b, &c->guest, &c->guest_info, err) ? error_prefix(err, "--boot") : 0;
	}
	if (!guest_fast_applies(c->arch))
		/* no fw_cfg at the PC's ports: the MMIO one the device tree names, if any */
		return c->fwcfg.mmio ? guest_fast_mmio(o, &c->fwcfg, &c->guest, &c->guest_info, err) : 0;
	return guest_fast(o, &c->guest, &c->guest_info, err);
}

static void collect_release(struct collect *c)
{
	qmp_close(c->q);
	c->q = NULL;
	child_teardown();
	json_object_put(c->qom);
	json_object_put(c->qmp);
	json_object_put(c->vmstate);
	json_object_put(c->vmdesc);
	json_object_put(c->guest);
	json_object_put(c->guest_info);
	json_object_put(c->dtb);
	free(c->package);
	free(c->arch);
	c->qom = c->qmp = c->vmstate = c->vmdesc = c->guest = c->guest_info = c->dtb = NULL;
	c->package = c->arch = NULL;
}

/*
 * pseries 2.8 to 2.11 default to cap-htm=on, which TCG cannot give (QEMU
 * refuses: "No Transactional Memory support in TCG Try appending -machine
 * cap-htm=off").  They are collected once more with cap-htm=off, said in
 * collector.machine_options; QOM records the machine's cap-htm as it ran.
 */
static const char *tcg_workaround(const char *machine, const struct error *err)
{
	return starts_with(machine, "pseries") && strstr(err->msg, "cap-htm=off") ? "cap-htm=off" : NULL;
}

int collect_machine(const struct collect_options *o, struct json_object **doc, struct error *err)
{
	struct collect c;
	const char *fix;
	char *opt = NULL;
	int rc;

	*doc = NULL;
	memset(&c, 0, sizeof(c));
	c.qemu = o->qemu;
	c.machine = c.machine_opt = o->machine;
	c.timeout_s = o->timeout_s > 0 ? o->timeout_s : COLLECT_DEFAULT_TIMEOUT_S;
	rc = child_setup(err);
	if (!rc)
		rc = run(&c, o, err);
	if (rc && (fix = tcg_workaround(o->machine, err))) {
		collect_release(&c);
		error_clear(err);
		c.machine_opt = opt = xstrfmt("%s,%s", o->machine, fix);
		rc = child_setup(err);
		if (!rc)
			rc = run(&c, o, err);
	}
	if (!rc)
		*doc = build_document(&c, o->stream);
	collect_release(&c);
	free(opt);
	return rc;
}
