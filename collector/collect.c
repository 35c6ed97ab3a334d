/*
 * collect.c: run a QEMU binary on one machine type, stopped, and make the abidb-dump v1
 * document of what it shows (docs/collect.md).
 *
 * The host view's QEMU command lines are those that made ../shared/data (its README):
 *   QEMU -machine M -accel tcg -S -display none -qmp unix:SOCK,server=on,wait=off
 * with QEMU's default devices, and
 *   QEMU -machine M -dump-vmstate FILE
 * On the first: qmp_capabilities, a qom-list / qom-get walk of /machine and /objects
 * (recursing into child<...> properties; qom-walk.c, a share of its values read by a twin
 * QEMU, twin.c), the qmp-misc commands, a migration of the stopped machine into a file for
 * its device description (migration-vmdesc.json), quit.  The guest view comes from guest.c
 * (the fw_cfg fast path), or a booted probe (--boot).  -dump-vmstate and the fast guest view
 * run beside the walk, in a side process (side.c).
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
#include "qom-walk.h"
#include "side.h"
#include "stream.h"
#include "twin.h"
#include "util.h"

#define COLLECTOR_NAME "abidb collect"
#define COLLECTOR_VERSION "2"

struct collect {
	const char *qemu, *machine;
	const char *machine_opt;	/* QEMU's -machine argument: the machine, maybe with a TCG workaround */
	long timeout_s;
	struct qmp *q;
	struct qom_walk *walk;	/* while the QOM walk is under way */
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
 * The default CPU model's expansion, where the target reports it:
 *
 * s390x: the machine type sets the CPU model's generation and features
 * (s390_set_qemu_cpu_model() in each ccw_machine_X_Y_instance_options):
 * the static expansion of the default CPU model names the base model the
 * guest's STIDP and STFLE show (gen15a-base on 7.2, zEC12.2-base on 4.0),
 * which QOM does not.  The model is the default CPU type's name without
 * "-s390x-cpu".
 *
 * arm, aarch64: the full expansion (the only type target/arm offers) of the
 * default CPU type without "-arm-cpu" (virt: cortex-a15): the features the
 * guest's ID registers show (aarch64, pmu, sve ..., those the model has).
 *
 * x86 needs none: QOM has its CPU's feature words.
 */
static int cpu_model_expansion(struct collect *c, struct error *err)
{
	struct json_object *ms = json_object_object_get(c->qmp, "query-machines"), *args, *model;
	const char *cpu = NULL, *suffix, *type;
	size_t i, n;
	char *name;
	int rc;

	if (!strcmp(c->arch, "s390x")) {
		suffix = "-s390x-cpu";
		type = "static";
	} else if (!strcmp(c->arch, "aarch64") || !strcmp(c->arch, "arm")) {
		suffix = "-arm-cpu";
		type = "full";
	} else {
		return 0;
	}
	if (!json_object_object_get_ex(ms, "return", &ms) || !json_object_is_type(ms, json_type_array))
		return 0;
	n = json_object_array_length(ms);
	for (i = 0; i < n && !cpu; i++) {
		struct json_object *m = json_object_array_get_idx(ms, i), *v;

		if (json_object_object_get_ex(m, "name", &v) && !strcmp(json_object_get_string(v), c->machine) &&
		    json_object_object_get_ex(m, "default-cpu-type", &v))
			cpu = json_object_get_string(v);
	}
	if (!cpu || !ends_with(cpu, suffix))
		return 0;
	name = xstrndup(cpu, strlen(cpu) - strlen(suffix));
	args = json_object_new_object();
	model = json_object_new_object();
	json_object_object_add(model, "name", json_object_new_string(name));
	json_object_object_add(args, "type", json_object_new_string(type));
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
	if (c->arch && cpu_model_expansion(c, err))
		return -1;
	if (hmp(c, "info qtree", err) || hmp(c, "info mtree -f", err))
		return -1;
	return 0;
}

/*
 * An ARM CPU's section carries its coprocessor register list, which the
 * destination matches against its own (cpu_post_load()): "cpreg" in the
 * section, {"cpu[0]": ["0x...", ...]}; a stream this reader cannot walk is
 * noted as "cpreg_error", an observation, never the run's failure.
 */
static void add_cpreg(struct json_object *sec, const struct strbuf *stream, struct json_object *vmdesc)
{
	struct error e = ERROR_INIT;
	struct json_object *lists;

	if (!stream_has_cpreg(vmdesc))
		return;
	if (stream_cpreg_lists((const unsigned char *)stream->buf, stream->len, vmdesc, &lists, &e))
		json_object_object_add(sec, "cpreg_error", json_object_new_string(e.msg));
	else
		json_object_object_add(sec, "cpreg", lists);
}

/*
 * Migrate the stopped machine into a file (fd: migration, the file passed
 * with getfd) and keep migration-vmdesc.json's {"status", "error-desc",
 * "stream_bytes", "vmdesc", "vmdesc_suppressed"} and, for ARM CPUs,
 * "cpreg" (or "cpreg_error"); a refused migration is
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
		struct json_object *d = stream_find_vmdesc(stream.buf, stream.len);

		if (!d) {
			strbuf_release(&stream);
			return error_set(err, ERR_INPUT, "migration: no device description at the end of the "
					 "%zu-byte stream", stream.len);
		}
		json_object_object_add(c->vmdesc, "vmdesc", d);
		add_cpreg(c->vmdesc, &stream, d);
	}
	strbuf_release(&stream);
	unlink(child_file("migration.stream"));
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

/*
 * The QOM walk and the qmp-misc commands; the twin, if any, reads the values
 * from twin_split() on (while we answer qmp-misc), else we do.
 */
static int walk(struct collect *c, struct twin *twin, struct error *err)
{
	static const char *const roots[] = { "/machine", "/objects", NULL };
	struct json_object *other = NULL;
	size_t n, from;
	int rc;

	if (qom_walk_tree(&c->walk, c->q, roots, qom_walk_mode_from_env(), c->deadline, c->qom, err))
		return -1;
	n = qom_walk_nr_gets(c->walk);
	from = twin->pid ? twin_split(n) : n;
	if (qom_walk_values(c->walk, c->q, 0, from, c->deadline, err) || collect_misc(c, err))
		return -1;
	if (from < n && (twin_finish(twin, &other) || qom_walk_take(c->walk, other, from, n)))
		rc = qom_walk_values(c->walk, c->q, from, n, c->deadline, err);
	else
		rc = 0;
	json_object_put(other);
	if (rc)
		return -1;
	qom_walk_done(c->walk);
	c->walk = NULL;
	return 0;
}

static int run(struct collect *c, const struct collect_options *o, struct side *side, struct twin *twin,
	       struct error *err)
{
	struct boot_options b = { NULL, NULL, NULL, 0, NULL };
	struct error guest_err = ERROR_INIT;

	/* -dump-vmstate and the fast guest view run beside the walk, in their own process, and a twin */
	if (side_start(side, o, err) || (!o->no_twin && qom_walk_mode_from_env() == QOM_WALK_FAST && twin_start(twin, o, err)))
		return -1;
	c->deadline = qmp_now_ms() + c->timeout_s * 1000;
	if (child_start_qemu(c->qemu, c->machine_opt, o->extra_args, c->timeout_s, c->deadline, &c->q, err))
		return -1;
	c->qom = json_object_new_object();
	c->qmp = json_object_new_object();
	if (walk(c, twin, err) || (!o->no_vmdesc && collect_vmdesc(c, err)) ||
	    child_quit_qemu(&c->q, c->deadline, c->timeout_s, err))
		return child_note_exit(err);
	if (o->qemu_said)
		child_stderr_all(o->qemu_said);
	if (side_finish(side, &c->vmstate, &c->guest, &c->guest_info, &guest_err, err))
		return -1;
	if (guest_err.code && guest_fast_applies(c->arch)) {
		*err = guest_err;
		return -1;
	}
	/* the side process tried the PC's fw_cfg ports; the other targets' guest view comes below */
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
		b.qemu = o->qemu;
		b.machine = o->machine;
		b.kernel = o->kernel;
		return collector_boot(&b, &c->guest, &c->guest_info, err) ? error_prefix(err, "--boot") : 0;
	}
	if (!guest_fast_applies(c->arch)) {
		/* no fw_cfg at the PC's ports: the MMIO one the device tree names, if any */
		json_object_put(c->guest);
		json_object_put(c->guest_info);
		c->guest = c->guest_info = NULL;
		return c->fwcfg.mmio ? guest_fast_mmio(o, &c->fwcfg, &c->guest, &c->guest_info, err) : 0;
	}
	return 0;
}

static void collect_stop(struct collect *c, struct side *side, struct twin *twin)
{
	qmp_close(c->q);
	c->q = NULL;
	side_abort(side);
	twin_abort(twin);
	qom_walk_free(c->walk);
	c->walk = NULL;
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
	struct side side = { 0 };
	struct twin twin = { 0 };
	struct collect_options retry;
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
		rc = run(&c, o, &side, &twin, err);
	if (rc && (fix = tcg_workaround(o->machine, err))) {
		/* every QEMU of the run again, the side process's and the twin's too, with the workaround */
		collect_stop(&c, &side, &twin);
		error_clear(err);
		c.machine_opt = opt = xstrfmt("%s,%s", o->machine, fix);
		retry = *o;
		retry.machine_arg = opt;
		rc = child_setup(err);
		if (!rc)
			rc = run(&c, &retry, &side, &twin, err);
	}
	if (!rc)
		*doc = build_document(&c, o->stream);
	collect_stop(&c, &side, &twin);
	free(opt);
	return rc;
}
