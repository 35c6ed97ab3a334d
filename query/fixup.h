/* fixup.h: the command-line options that make release Y present release X's ABI for a machine type. */
#ifndef ABIDB_FIXUP_H
#define ABIDB_FIXUP_H

#include <json-c/json.h>
#include <stddef.h>

#include "error.h"
#include "store.h"

/*
 * A fixup compares machine type M's record in release X (the ABI wanted)
 * with its record in release Y (the QEMU that will run it), and derives
 * (docs/fixup.md):
 *   - for each QOM device property whose value differs:
 *       -global DRIVER.PROP=VALUE   (DRIVER: the object's QOM type; VALUE: X's)
 *   - for each machine property (qom/machine/PROP) that differs:
 *       -machine M,PROP=VALUE
 *   - the differences no option restores: properties Y lacks, devices X has
 *     and Y has not, and guest-view or migration differences (severity >=
 *     change) not explained by a device whose properties the options set:
 *     a class field such as the 5.2 ACPI _UID (pci_root_uid).
 * Properties that exist only in Y (new knobs) are listed, not set: QEMU's
 * compat properties give them the value that keeps X's behaviour.
 *
 * Ownership: a struct fixup owns every string in it; fixup_release() frees them.
 */
enum fixup_kind { FIXUP_GLOBAL, FIXUP_MACHINE };

struct fixup_option {
	enum fixup_kind kind;
	char *driver;		/* QOM type in Y (FIXUP_GLOBAL); machine type name (FIXUP_MACHINE) */
	char *prop, *value;	/* value: X's value in the syntax of Y's type ("off"), commas not doubled */
	char *path;		/* the first fact it restores */
	size_t nobjects;	/* objects of that type whose property differed */
	char *recorded;		/* X's value as X's record holds it ("0") */
	char *type;		/* the property's type in Y ("bool", "OnOffAuto", "uint32", "str") */
	char *fact;		/* what Y's record shows once the option is applied ("false") */
};

struct fixup_item {
	char *path, *old_value, *new_value;	/* old: X, new: Y; NULL when absent */
	char *why;
	int severity;				/* enum severity of the difference */
};

struct diff_entry;
/* Fill it with copies of e's path and values, its severity, and why (may be NULL). */
void fixup_item_set(struct fixup_item *it, const struct diff_entry *e, const char *why);

struct fixup {
	char *machine, *from, *to;
	struct fixup_option *options;
	size_t noptions;
	struct fixup_item *unrestorable;
	size_t nunrestorable;
	struct fixup_item *new_knobs;		/* properties only in Y: not set */
	size_t nnew_knobs;
	struct fixup_item *omitted;		/* differing values left out on purpose (empty): why says why */
	size_t nomitted;
	struct fixup_item *renamed;		/* objects whose QOM type was renamed: old/new are the type names */
	size_t nrenamed;
	size_t explained;	/* guest/migration differences on devices the options touch */
	size_t ignored;		/* property differences that are not settable (memory regions, read-only identity) */
};

void fixup_init(struct fixup *f);
void fixup_release(struct fixup *f);

int fixup_compute(struct store *st, const char *machine, const char *from, const char *to,
		  struct fixup *out, struct error *err);

/* {"ok":true,"machine","from","to","options":[...],"command_line","unrestorable":[...],"new_knobs":[...]} */
struct json_object *fixup_json(const struct fixup *f);

/*
 * The options as argv-style words, "-global", "e1000e.x=1", "-machine",
 * "pc-q35-5.0,p=v"; NULL-terminated, caller frees.  A -global naming the
 * default VGA's driver makes QEMU drop that device: "-vga std" (or the
 * model's) follows to keep it.
 */
char **fixup_argv(const struct fixup *f);
/* The options as one shell-quoted command-line fragment; caller frees. */
char *fixup_command_line(const struct fixup *f);

/*
 * The options as libvirt domain XML: one <domain> element declaring the qemu
 * namespace, whose children go into the guest's <domain> (docs/fixup.md):
 * <qemu:override> (libvirt 8.2+) with typed <qemu:property> elements for the
 * properties of a device whose libvirt alias is known (the primary video
 * device, video0), then <qemu:commandline> with one <qemu:arg> per remaining
 * argv word (no -vga: libvirt runs QEMU with -nodefaults).  Caller frees.
 */
char *fixup_libvirt_xml(const struct fixup *f);

/* The output forms of a fixup: --format and the API's format=. */
enum fixup_format { FIXUP_FORMAT_QEMU, FIXUP_FORMAT_JSON, FIXUP_FORMAT_LIBVIRT };
/* "qemu", "json" or "libvirt" into *out; -1 for anything else. */
int fixup_format_parse(const char *name, enum fixup_format *out);

/*
 * Apply the options to a list of facts the way QEMU applies -global and
 * -machine: every QOM object whose type is DRIVER (its "type" fact, else the
 * type in its key) and which has PROP gets PROP=VALUE; qom/machine/PROP gets
 * the -machine values.  Returns how many facts changed.  Values are
 * replaced in place (freed with free()).
 */
struct fixup_fact {
	char *path, *value;
};
size_t fixup_apply(const struct fixup *f, struct fixup_fact *facts, size_t n);

/*
 * The QOM property types of a record, read from its stored qom dump
 * ({"<path>": {"type", "props": {NAME: {"type", "value"}}}}): (QOM type,
 * property) -> property type.  Empty when the record has no qom dump.
 */
struct qom_type {
	char *qtype, *prop, *ptype;
};
struct qom_types {
	struct qom_type *v;	/* sorted by (qtype, prop) */
	size_t nr;
	char *machine;		/* the QOM type of /machine ("pc-q35-5.0-machine") */
};
int qom_types_load(struct store *st, long long record_id, struct qom_types *out, struct error *err);
void qom_types_release(struct qom_types *t);
/* The type of qtype's property prop ("machine": the machine object's), or NULL. */
const char *qom_types_get(const struct qom_types *t, const char *qtype, const char *prop);

/*
 * Render value v (as a record holds it: "0", "true", "a,b") in the syntax of
 * the target's property type to_type (from_type: the source's, may be NULL):
 * bool -> on/off, OnOffAuto -> on/off/auto, numbers in decimal within the
 * type's range, strings as they are (argv doubles commas).  0 with *qemu
 * (the option value) and *fact (how the target's record would show it); -1
 * with *why when to_type cannot express v.  The caller frees all three.
 */
int fixup_render_value(const char *from_type, const char *to_type, const char *v, char **qemu, char **fact,
		       char **why);

/* The QOM type of object key K ("e1000e@pcie.0:02.0" -> "e1000e") when no type fact says it. */
char *qom_key_type(const char *key);

#endif
