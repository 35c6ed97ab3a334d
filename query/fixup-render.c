/* fixup-render.c: a fixup as QEMU arguments, as a shell command line, and as JSON. */
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "fixup-internal.h"
#include "fixup.h"
#include "json.h"
#include "strbuf.h"
#include "util.h"

/* ---- output ---- */

/* QEMU's option syntax: a comma inside a value is doubled. */
static void add_opt_value(struct strbuf *sb, const char *v)
{
	for (; *v; v++) {
		strbuf_addch(sb, *v);
		if (*v == ',')
			strbuf_addch(sb, ',');
	}
}

/*
 * QEMU drops a default device when any -device or -global names its driver
 * (vl.c: default_driver_check over the "device" and "global" options, its
 * default_list[]).  The VGA models come back with -vga MODEL; the others
 * have no such switch.
 */
static const struct {
	const char *driver, *vga;
} default_devices[] = {
	{ "VGA", "std" }, { "cirrus-vga", "cirrus" }, { "vmware-svga", "vmware" }, { "qxl-vga", "qxl" },
	{ "virtio-vga", "virtio" }, { "isa-vga", NULL }, { "isa-cirrus-vga", NULL }, { "ati-vga", NULL },
	{ "vhost-user-vga", NULL }, { "virtio-vga-gl", NULL },
	{ "isa-serial", NULL }, { "isa-parallel", NULL }, { "isa-fdc", NULL }, { "floppy", NULL },
	{ "ide-cd", NULL }, { "ide-hd", NULL }, { "scsi-cd", NULL }, { "scsi-hd", NULL },
};

int fixup_default_device(const char *driver, const char **vga)
{
	size_t i;

	*vga = NULL;
	for (i = 0; i < ARRAY_SIZE(default_devices); i++)
		if (!strcmp(default_devices[i].driver, driver)) {
			*vga = default_devices[i].vga;
			return 1;
		}
	return 0;
}

/*
 * libvirt's typed override (<qemu:override>, libvirt 8.2+) reaches a device
 * libvirt creates by its alias.  The alias is known for the primary video
 * device only: libvirt names video devices "video0", "video1" ...; the model
 * is the <video><model type=...> that makes the driver.  Every other device's
 * alias depends on the domain, so its option stays a -global.
 */
static const struct {
	const char *driver, *model, *alias;
} libvirt_aliases[] = {
	{ "VGA", "vga", "video0" }, { "cirrus-vga", "cirrus", "video0" }, { "qxl-vga", "qxl", "video0" },
	{ "virtio-vga", "virtio", "video0" }, { "vmware-svga", "vmvga", "video0" },
	{ "bochs-display", "bochs", "video0" },
};

/* The override's property type for Y's QOM type, or NULL when libvirt has none for it. */
static const char *libvirt_type(const char *qtype, const char *value)
{
	static const char *const strings[] = { "str", "string", "OnOffAuto", "OnOffSplit", "LostTickPolicy",
					       "BlockdevOnError", "FdcDriveType", "HostMemPolicy" };
	size_t i;

	if (!qtype)
		return NULL;
	if (!strcmp(qtype, "bool"))
		return "bool";
	if (!strcmp(qtype, "size") || (starts_with(qtype, "uint") && strlen(qtype) <= 6) ||
	    (starts_with(qtype, "int") && strlen(qtype) <= 5))
		return value[0] == '-' ? "signed" : "unsigned";
	for (i = 0; i < ARRAY_SIZE(strings); i++)
		if (!strcmp(qtype, strings[i]))
			return "string";
	return NULL;
}

/* The alias and model of the device an option can override in libvirt, or NULL: it stays a -global. */
static const char *libvirt_alias(const struct fixup_option *o, const char **model)
{
	size_t i;

	*model = NULL;
	if (o->kind != FIXUP_GLOBAL || o->nobjects > 1 || !libvirt_type(o->type, o->value))
		return NULL;
	for (i = 0; i < ARRAY_SIZE(libvirt_aliases); i++)
		if (!strcmp(libvirt_aliases[i].driver, o->driver)) {
			*model = libvirt_aliases[i].model;
			return libvirt_aliases[i].alias;
		}
	return NULL;
}

/*
 * defaults: QEMU runs with its default devices (not libvirt's -nodefaults): keep the default VGA.
 * Without defaults (libvirt), the options that go into <qemu:override> are left out.
 */
static char **build_argv(const struct fixup *f, int defaults)
{
	char **argv = xcalloc(2 * f->noptions + 5, sizeof(*argv));
	struct strbuf m = STRBUF_INIT;
	const char *vga = NULL, *v;
	size_t i, n = 0;

	for (i = 0; i < f->noptions; i++) {
		const struct fixup_option *o = &f->options[i];
		struct strbuf sb = STRBUF_INIT;

		if (o->kind != FIXUP_GLOBAL || (!defaults && libvirt_alias(o, &v)))
			continue;
		if (fixup_default_device(o->driver, &v) && v)
			vga = v;
		strbuf_addf(&sb, "%s.%s=", o->driver, o->prop);
		add_opt_value(&sb, o->value);
		argv[n++] = xstrdup("-global");
		argv[n++] = strbuf_detach(&sb, NULL);
	}
	if (vga && defaults) {
		argv[n++] = xstrdup("-vga");
		argv[n++] = xstrdup(vga);
	}
	for (i = 0; i < f->noptions; i++) {
		const struct fixup_option *o = &f->options[i];

		if (o->kind != FIXUP_MACHINE)
			continue;
		if (!m.len)
			strbuf_addstr(&m, f->machine);
		strbuf_addf(&m, ",%s=", o->prop);
		add_opt_value(&m, o->value);
	}
	if (m.len) {
		argv[n++] = xstrdup("-machine");
		argv[n++] = strbuf_detach(&m, NULL);
	}
	strbuf_release(&m);
	return argv;
}

char **fixup_argv(const struct fixup *f)
{
	return build_argv(f, 1);
}

static void shell_quote(struct strbuf *sb, const char *s)
{
	const char *p;

	for (p = s; *p; p++)
		if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.,=:/+@%", *p))
			break;
	if (*s && !*p) {
		strbuf_addstr(sb, s);
		return;
	}
	strbuf_addch(sb, '\'');
	for (p = s; *p; p++) {
		if (*p == '\'')
			strbuf_addstr(sb, "'\\''");
		else
			strbuf_addch(sb, *p);
	}
	strbuf_addch(sb, '\'');
}

char *fixup_command_line(const struct fixup *f)
{
	char **argv = fixup_argv(f);
	struct strbuf sb = STRBUF_INIT;
	size_t i;

	for (i = 0; argv[i]; i++) {
		if (i)
			strbuf_addch(&sb, ' ');
		shell_quote(&sb, argv[i]);
		free(argv[i]);
	}
	free(argv);
	return strbuf_detach(&sb, NULL);
}

/* XML attribute text in single quotes: & < > ' " escaped. */
static void xml_attr(struct strbuf *sb, const char *v)
{
	for (; *v; v++) {
		switch (*v) {
		case '&': strbuf_addstr(sb, "&amp;"); break;
		case '<': strbuf_addstr(sb, "&lt;"); break;
		case '>': strbuf_addstr(sb, "&gt;"); break;
		case '\'': strbuf_addstr(sb, "&apos;"); break;
		case '"': strbuf_addstr(sb, "&quot;"); break;
		default: strbuf_addch(sb, *v);
		}
	}
}

/* Text inside an XML comment: "--" may not appear, so every '-' after a '-' becomes '_'. */
static void xml_comment_text(struct strbuf *sb, const char *v)
{
	for (; *v; v++)
		strbuf_addch(sb, *v == '-' && sb->len && sb->buf[sb->len - 1] == '-' ? '_' : *v);
}

/* A bool's option value (on/off) as libvirt's override takes it (true/false). */
static const char *libvirt_value(const char *ltype, const char *v)
{
	if (!strcmp(ltype, "bool"))
		return !strcmp(v, "on") || !strcmp(v, "true") || !strcmp(v, "yes") ? "true" : "false";
	return v;
}

char *fixup_libvirt_xml(const struct fixup *f)
{
	char **argv = build_argv(f, 0);	/* libvirt starts QEMU with -nodefaults and its own devices */
	struct strbuf sb = STRBUF_INIT;
	const char *model, *alias, *open = NULL;
	size_t i, j;

	strbuf_addstr(&sb, "<!-- abidb fixup: ");
	xml_comment_text(&sb, f->machine);
	strbuf_addstr(&sb, " as release ");
	xml_comment_text(&sb, f->from);
	strbuf_addstr(&sb, " presented it, on release ");
	xml_comment_text(&sb, f->to);
	strbuf_addstr(&sb, ". Merge the children of <domain> into the guest's <domain>, which declares xmlns:qemu "
		      "(docs/fixup.md). -->\n");
	strbuf_addstr(&sb, "<domain xmlns:qemu='http://libvirt.org/schemas/domain/qemu/1.0'>\n");
	/* one <qemu:device> per alias, its properties in option order */
	for (i = 0; i < f->noptions; i++) {
		const struct fixup_option *o = &f->options[i];

		if (!(alias = libvirt_alias(o, &model)))
			continue;
		for (j = 0; j < i; j++) {
			const char *m2, *a2 = libvirt_alias(&f->options[j], &m2);

			if (a2 && !strcmp(a2, alias))
				break;
		}
		if (j < i)
			continue;	/* written with the first option of that alias */
		if (!open)
			strbuf_addstr(&sb, "  <qemu:override>\n");
		open = alias;
		strbuf_addf(&sb, "    <!-- the primary <video> device, <model type='%s'/> -->\n", model);
		strbuf_addstr(&sb, "    <qemu:device alias='");
		xml_attr(&sb, alias);
		strbuf_addstr(&sb, "'>\n      <qemu:frontend>\n");
		for (j = i; j < f->noptions; j++) {
			const struct fixup_option *p = &f->options[j];
			const char *m2, *a2 = libvirt_alias(p, &m2), *lt;

			if (!a2 || strcmp(a2, alias))
				continue;
			lt = libvirt_type(p->type, p->value);
			strbuf_addstr(&sb, "        <qemu:property name='");
			xml_attr(&sb, p->prop);
			strbuf_addf(&sb, "' type='%s' value='", lt);
			xml_attr(&sb, libvirt_value(lt, p->value));
			strbuf_addstr(&sb, "'/>\n");
		}
		strbuf_addstr(&sb, "      </qemu:frontend>\n    </qemu:device>\n");
	}
	if (open)
		strbuf_addstr(&sb, "  </qemu:override>\n");
	if (argv[0]) {
		strbuf_addstr(&sb, "  <qemu:commandline>\n");
		for (i = 0; argv[i]; i++) {
			strbuf_addstr(&sb, "    <qemu:arg value='");
			xml_attr(&sb, argv[i]);
			strbuf_addstr(&sb, "'/>\n");
		}
		strbuf_addstr(&sb, "  </qemu:commandline>\n");
	}
	for (i = 0; argv[i]; i++)
		free(argv[i]);
	strbuf_addstr(&sb, "</domain>\n");
	free(argv);
	return strbuf_detach(&sb, NULL);
}

int fixup_format_parse(const char *name, enum fixup_format *out)
{
	static const char *const names[] = { "qemu", "json", "libvirt" };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(names); i++)
		if (!strcmp(name, names[i])) {
			*out = (enum fixup_format)i;
			return 0;
		}
	return -1;
}


static struct json_object *items_json(const struct fixup_item *v, size_t n)
{
	struct json_object *a = json_object_new_array();
	size_t i;

	for (i = 0; i < n; i++) {
		struct json_object *o = json_object_new_object();

		json_object_object_add(o, "path", json_str_or_null(v[i].path));
		json_object_object_add(o, "old", json_str_or_null(v[i].old_value));
		json_object_object_add(o, "new", json_str_or_null(v[i].new_value));
		json_object_object_add(o, "severity", json_object_new_string(severity_name((enum severity)v[i].severity)));
		json_object_object_add(o, "why", json_str_or_null(v[i].why));
		json_object_array_add(a, o);
	}
	return a;
}

struct json_object *fixup_json(const struct fixup *f)
{
	struct json_object *o = json_object_new_object(), *opts = json_object_new_array();
	char *cl = fixup_command_line(f);
	size_t i;

	json_object_object_add(o, "ok", json_object_new_boolean(1));
	json_object_object_add(o, "machine", json_str_or_null(f->machine));
	json_object_object_add(o, "from", json_str_or_null(f->from));
	json_object_object_add(o, "to", json_str_or_null(f->to));
	for (i = 0; i < f->noptions; i++) {
		const struct fixup_option *x = &f->options[i];
		struct json_object *y = json_object_new_object();

		json_object_object_add(y, "option", json_object_new_string(x->kind == FIXUP_GLOBAL ? "-global" : "-machine"));
		json_object_object_add(y, "driver", json_str_or_null(x->driver));
		json_object_object_add(y, "property", json_str_or_null(x->prop));
		json_object_object_add(y, "value", json_str_or_null(x->value));
		json_object_object_add(y, "type", json_str_or_null(x->type));
		json_object_object_add(y, "recorded", json_str_or_null(x->recorded));
		json_object_object_add(y, "path", json_str_or_null(x->path));
		json_object_object_add(y, "objects", json_object_new_int64((long long)x->nobjects));
		json_object_array_add(opts, y);
	}
	json_object_object_add(o, "options", opts);
	json_object_object_add(o, "command_line", json_object_new_string(cl));
	json_object_object_add(o, "unrestorable", items_json(f->unrestorable, f->nunrestorable));
	json_object_object_add(o, "new_knobs", items_json(f->new_knobs, f->nnew_knobs));
	json_object_object_add(o, "omitted", items_json(f->omitted, f->nomitted));
	json_object_object_add(o, "renamed", items_json(f->renamed, f->nrenamed));
	json_object_object_add(o, "explained", json_object_new_int64((long long)f->explained));
	json_object_object_add(o, "complete", json_object_new_boolean(f->nunrestorable == 0));
	free(cl);
	return o;
}
