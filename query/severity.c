/* severity.c: ranking differences as break, change or info, by the rules of docs/severity.md. */
#include <stdlib.h>
#include <string.h>

#include "diff-internal.h"
#include "migration.h"
#include "severity.h"
#include "util.h"

#define K_CHANGED (1u << ENTRY_CHANGED)
#define K_ADDED (1u << ENTRY_ADDED)
#define K_REMOVED (1u << ENTRY_REMOVED)
#define K_ANY (K_CHANGED | K_ADDED | K_REMOVED)

/*
 * When a rule applies: to any entry, only when the group is on one side
 * only, only to a device of the machine's migration stream (its vmdesc
 * group and its class's -dump-vmstate group, analysed per direction by
 * query/migration.c), or only outside such a stream (the binary-wide
 * -dump-vmstate of the devices view).
 */
enum rule_scope { ANY_GROUP, WHOLE_GROUP, STREAM, BINARY };

/* A test's answer: no match (0), or RULE_MATCH with the DIR_* the entry breaks. */
#define RULE_MATCH 4u

static unsigned min_above_old_version(const struct diff_entry *e, const struct severity_ctx *ctx);
static unsigned field_newer_than_old_section(const struct diff_entry *e, const struct severity_ctx *ctx);
static unsigned presence_lost(const struct diff_entry *e, const struct severity_ctx *ctx);
static unsigned unit_address_node(const struct diff_entry *e, const struct severity_ctx *ctx);
static unsigned cpreg_unknown(const struct diff_entry *e, const struct severity_ctx *ctx);
static unsigned cpreg_count(const struct diff_entry *e, const struct severity_ctx *ctx);

/*
 * The one table of severity rules, first match wins.  Globs are fnmatch(3)
 * patterns where '*' also matches '/'; backslashes (ACPI root) are literal.
 * A row may add a test (code that looks at the other facts of the group
 * pair) or be a section pass (code that runs over one section's sorted
 * entries after every entry was ranked: the rename rules).  Each rule's name
 * is what `abidb diff` prints beside the entry, and docs/severity.md explains
 * it; tests/unit/test-severity.c has a case per row.
 */
static const struct rule {
	const char *name;
	const char *glob;
	unsigned kinds;
	enum rule_scope scope;
	enum severity sev;
	unsigned (*test)(const struct diff_entry *e, const struct severity_ctx *ctx);
	void (*pass)(struct diff *sec, enum severity sev, const char *rule, struct pass_state *ps);
} rules[] = {
	/* guest view: the identity guests build device instance paths from */
	{ "acpi-identity", "acpi/*/_HID", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "acpi-identity", "acpi/*/_UID", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "acpi-identity", "acpi/*/_CID", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "acpi-identity", "acpi/*/_ADR", K_CHANGED, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "acpi-adr-node", "acpi/*/_ADR", K_ADDED | K_REMOVED, ANY_GROUP, SEV_CHANGE, NULL, NULL },
	{ "acpi-renamed", "acpi/*", K_ADDED | K_REMOVED, ANY_GROUP, SEV_CHANGE, NULL, rank_acpi_renames },
	{ "acpi-absent", "acpi/*", K_ADDED | K_REMOVED, ANY_GROUP, SEV_INFO, NULL, rank_acpi_absent },
	{ "acpi-device-added", "acpi/*", K_ADDED, ANY_GROUP, SEV_CHANGE, NULL, rank_acpi_added },
	{ "acpi-status", "acpi/*/(status)", K_CHANGED, ANY_GROUP, SEV_BREAK, presence_lost, NULL },
	{ "acpi-status", "acpi/*/(status)", K_ANY, ANY_GROUP, SEV_CHANGE, NULL, NULL },
	{ "acpi-osc", "acpi/*/(osc)/*", K_ANY, ANY_GROUP, SEV_CHANGE, NULL, NULL },
	{ "acpi-content", "acpi/*", K_ANY, ANY_GROUP, SEV_CHANGE, NULL, NULL },
	{ "pci-identity", "pci/*/vendor", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "pci-identity", "pci/*/device", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "pci-identity", "pci/*/subsystem_vendor", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "pci-identity", "pci/*/subsystem", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "pci-identity", "pci/*/class", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "pci-identity", "pci/*/revision", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "pci-identity", "pci/*/header_type", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "pci-bar", "pci/*/bar[0-9]/*", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "pci-capability", "pci/*/cap/*", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "pci-capability", "pci/*/ecap/*", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "pci-content", "pci/*", K_ANY, ANY_GROUP, SEV_CHANGE, NULL, NULL },
	{ "firmware", "smbios/type0*", K_ANY, ANY_GROUP, SEV_INFO, NULL, NULL },
	/* a count over the structures (the firmware's type 0 among them), each compared on its own */
	{ "firmware", "smbios/entry/structures", K_ANY, ANY_GROUP, SEV_INFO, NULL, NULL },
	{ "smbios", "smbios/*", K_ANY, ANY_GROUP, SEV_CHANGE, NULL, NULL },
	{ "cpuid-feature", "cpu/flags/*", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "cpuid-identity", "cpu/vendor_id", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "cpuid-identity", "cpu/family", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "cpuid-identity", "cpu/model", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "cpuid-identity", "cpu/stepping", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "cpuid-identity", "cpu/cpuid_level", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "cpuid-identity", "cpu/address_sizes", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "cpu", "cpu/*", K_ANY, ANY_GROUP, SEV_CHANGE, NULL, NULL },
	{ "memmap", "memmap/*", K_ANY, ANY_GROUP, SEV_CHANGE, NULL, NULL },
	{ "firmware", "fw_cfg/genroms/*", K_ANY, ANY_GROUP, SEV_INFO, NULL, NULL },
	/* written from the command line (-kernel, bootindex), not by the machine type */
	{ "boot-config", "fw_cfg/bootorder/*", K_ANY, ANY_GROUP, SEV_INFO, NULL, NULL },
	/* firmware finds files by name in the directory; a key follows the order files were added */
	{ "fw_cfg-select", "fw_cfg/*/select", K_ANY, ANY_GROUP, SEV_INFO, NULL, NULL },
	{ "fw_cfg", "fw_cfg/*", K_ANY, ANY_GROUP, SEV_CHANGE, NULL, NULL },
	/* device tree: a guest binds drivers by compatible and names devices by unit address */
	{ "dtb-identity", "dtb/*/compatible", K_CHANGED | K_REMOVED, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "dtb-unit-address", "dtb/*", K_REMOVED, WHOLE_GROUP, SEV_BREAK, unit_address_node, NULL },
	{ "dtb-device-added", "dtb/*", K_ADDED, WHOLE_GROUP, SEV_CHANGE, NULL, NULL },
	/* written from the command line (-append, -initrd), not by the machine type */
	{ "boot-config", "dtb/chosen/bootargs", K_ANY, ANY_GROUP, SEV_INFO, NULL, NULL },
	{ "boot-config", "dtb/chosen/linux,initrd-*", K_ANY, ANY_GROUP, SEV_INFO, NULL, NULL },
	{ "dtb-content", "dtb/*", K_ANY, ANY_GROUP, SEV_CHANGE, NULL, NULL },
	/* migration view: the machine's stream, per direction (query/migration.c) */
	{ "migration-outcome", "migration/status", K_ANY, ANY_GROUP, SEV_CHANGE, NULL, NULL },
	{ "migration-outcome", "migration/error", K_ANY, ANY_GROUP, SEV_CHANGE, NULL, NULL },
	{ "migration-format", "migration/configuration", K_ANY, ANY_GROUP, SEV_INFO, NULL, NULL },
	{ "migration-format", "migration/configuration/*", K_ANY, ANY_GROUP, SEV_INFO, NULL, NULL },
	/* an ARM CPU's coprocessor register list, as target/arm/machine.c's cpu_post_load() matches it */
	{ "cpreg-not-recorded", "migration/*/cpreg/*", K_ANY, WHOLE_GROUP, SEV_INFO, NULL, NULL },
	{ "cpreg-unknown", "migration/*/cpreg/0x*", K_ADDED | K_REMOVED, ANY_GROUP, SEV_BREAK, cpreg_unknown, NULL },
	{ "cpreg-ignored", "migration/*/cpreg/0x*", K_ADDED | K_REMOVED, ANY_GROUP, SEV_CHANGE, NULL, NULL },
	{ "cpreg-count", "migration/*/cpreg/count", K_CHANGED, ANY_GROUP, SEV_BREAK, cpreg_count, NULL },
	{ "cpreg", "migration/*/cpreg/*", K_ANY, ANY_GROUP, SEV_CHANGE, NULL, NULL },
	{ "migration-device", "migration/*", K_ANY, STREAM, SEV_BREAK, migration_test_device, NULL },
	{ "migration-version", "migration/*", K_ANY, STREAM, SEV_BREAK, migration_test_version, NULL },
	{ "migration-version", "vmstate/*", K_ANY, STREAM, SEV_BREAK, migration_test_version, NULL },
	{ "migration-subsection", "migration/*", K_ANY, STREAM, SEV_BREAK, migration_test_subsection, NULL },
	{ "migration-layout", "migration/*", K_ANY, STREAM, SEV_BREAK, migration_test_layout, NULL },
	{ "migration-subsection", "migration/*/sub/*", K_ANY, STREAM, SEV_CHANGE, NULL, NULL },
	{ "migration-version", "migration/*/version", K_ANY, STREAM, SEV_CHANGE, NULL, NULL },
	{ "migration-wire-same", "migration/*", K_ANY, STREAM, SEV_CHANGE, NULL, NULL },
	{ "migration-spec", "vmstate/*", K_ANY, STREAM, SEV_INFO, NULL, NULL },
	{ "migration", "migration/*", K_ANY, ANY_GROUP, SEV_CHANGE, NULL, NULL },
	/* devices view: the binary-wide -dump-vmstate of classes the machine does not create */
	{ "vmstate-class-added", "vmstate/*", K_ADDED, WHOLE_GROUP, SEV_INFO, NULL, NULL },
	{ "vmstate-class-dropped", "vmstate/*", K_CHANGED | K_REMOVED, WHOLE_GROUP, SEV_CHANGE, NULL, NULL },
	{ "vmstate-subsection", "vmstate/*/sub/*", K_ADDED, BINARY, SEV_INFO, NULL, NULL },
	{ "vmstate-subsection", "vmstate/*/sub/*", K_CHANGED | K_REMOVED, BINARY, SEV_BREAK, NULL, NULL },
	{ "vmstate-version", "vmstate/*/version_id", K_CHANGED, BINARY, SEV_BREAK, min_above_old_version, NULL },
	{ "vmstate-version", "vmstate/*/minimum_version_id", K_CHANGED, BINARY, SEV_BREAK, min_above_old_version,
	  NULL },
	{ "vmstate-version", "vmstate/*/version_id", K_ANY, BINARY, SEV_CHANGE, NULL, NULL },
	{ "vmstate-version", "vmstate/*/minimum_version_id", K_ANY, BINARY, SEV_CHANGE, NULL, NULL },
	{ "vmstate-array", "vmstate/*/num", K_CHANGED, BINARY, SEV_BREAK, NULL, NULL },
	{ "vmstate-array", "vmstate/*/num", K_ADDED | K_REMOVED, BINARY, SEV_INFO, NULL, NULL },
	{ "vmstate-field", "vmstate/*/field_exists", K_ANY, BINARY, SEV_CHANGE, NULL, NULL },
	{ "vmstate-field-versioned", "vmstate/*", K_ADDED, BINARY, SEV_CHANGE, field_newer_than_old_section, NULL },
	{ "vmstate-renamed", "vmstate/*", K_ADDED | K_REMOVED, BINARY, SEV_CHANGE, NULL, demote_migration_renames },
	{ "vmstate-field", "vmstate/*", K_ANY, BINARY, SEV_BREAK, NULL, NULL },
	/* properties view */
	{ "pci-identity", "hostpci/*/vendor", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "pci-identity", "hostpci/*/device", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "pci-identity", "hostpci/*/subsystem_vendor", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "pci-identity", "hostpci/*/subsystem", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "pci-identity", "hostpci/*/class", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "pci-bar", "hostpci/*/bar[0-9]/*", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "new-field", "hostpci/*", K_ADDED, ANY_GROUP, SEV_INFO, NULL, NULL },
	{ "host-pci", "hostpci/*", K_ANY, ANY_GROUP, SEV_CHANGE, NULL, NULL },
	{ "qom-device", "qom/*", K_ANY, WHOLE_GROUP, SEV_CHANGE, NULL, NULL },
	{ "new-knob", "qom/*", K_ADDED, ANY_GROUP, SEV_INFO, NULL, NULL },
	{ "property", "qom/*", K_ANY, ANY_GROUP, SEV_CHANGE, NULL, NULL },
	/* the CPU model the machine type gives the guest (s390x STIDP, STFLE; arm ID registers), as cpuid-feature */
	{ "cpu-model", "machine/cpu-model/*", K_ANY, ANY_GROUP, SEV_BREAK, NULL, NULL },
	{ "new-knob", "machine/*", K_ADDED, ANY_GROUP, SEV_INFO, NULL, NULL },
	{ "machine-property", "machine/*", K_ANY, ANY_GROUP, SEV_CHANGE, NULL, NULL },
};

/* "vmstate/<section>/..." -> the section's own version fact path, into buf. */
static void section_fact(const char *path, const char *name, char *buf, size_t n)
{
	const char *a = strchr(path, '/'), *b = a ? strchr(a + 1, '/') : NULL;
	size_t len = b ? (size_t)(b - path) : strlen(path);

	snprintf(buf, n, "%.*s/%s", (int)len, path, name);
}

static long lookup_long(const struct severity_ctx *ctx, int side, const char *path, int *ok)
{
	const char *v = ctx && ctx->lookup ? ctx->lookup(ctx->data, side, path) : NULL;

	*ok = v != NULL;
	return v ? strtol(v, NULL, 10) : 0;
}

/* The new minimum_version_id is above the version the old side sends: the new side refuses it. */
static unsigned min_above_old_version(const struct diff_entry *e, const struct severity_ctx *ctx)
{
	char buf[1024];
	long old_ver, new_min;
	int ok1, ok2;

	section_fact(e->path, "version_id", buf, sizeof(buf));
	old_ver = lookup_long(ctx, 0, buf, &ok1);
	section_fact(e->path, "minimum_version_id", buf, sizeof(buf));
	new_min = lookup_long(ctx, 1, buf, &ok2);
	return ok1 && ok2 && new_min > old_ver ? RULE_MATCH | DIR_FORWARD : 0;
}

/* A new field guarded by a version the old side does not send is loadable. */
static unsigned field_newer_than_old_section(const struct diff_entry *e, const struct severity_ctx *ctx)
{
	const char *slash = strrchr(e->path, '/');
	char buf[1024];
	long old_ver, fver;
	int ok1, ok2;

	section_fact(e->path, "version_id", buf, sizeof(buf));
	old_ver = lookup_long(ctx, 0, buf, &ok1);
	snprintf(buf, sizeof(buf), "%.*s/version_id", (int)(slash - e->path), e->path);
	fver = lookup_long(ctx, 1, buf, &ok2);
	return ok1 && ok2 && fver > old_ver ? RULE_MATCH : 0;
}

/* An evaluated _STA whose "present" bit (0) went from set to clear: the guest loses the device. */
static unsigned presence_lost(const struct diff_entry *e, const struct severity_ctx *ctx)
{
	(void)ctx;
	return (strtoull(e->old_value, NULL, 0) & 1) && !(strtoull(e->new_value, NULL, 0) & 1) ? RULE_MATCH : 0;
}

/* "dtb/<path>/<property>": is the node's own name "name@unit-address"? */
static unsigned unit_address_node(const struct diff_entry *e, const struct severity_ctx *ctx)
{
	const char *prop = strrchr(e->path, '/'), *node;

	(void)ctx;
	if (!prop)
		return 0;
	for (node = prop; node > e->path && node[-1] != '/'; node--)
		;
	return memchr(node, '@', (size_t)(prop - node)) ? RULE_MATCH : 0;
}

/*
 * "migration/<cpu>/cpreg/<index>" on one side only: that side, as the
 * source, sends an index the destination does not know.  cpu_post_load()
 * walks both sorted lists and fails on an incoming index below one of its
 * own that it lacks; one above all of its own ends the walk unread (the
 * register keeps its reset value).  Indexes the destination has and the
 * source does not send also keep their reset value: no failure that way.
 */
static unsigned cpreg_unknown(const struct diff_entry *e, const struct severity_ctx *ctx)
{
	const char *idx = strrchr(e->path, '/') + 1, *highest;
	int src = e->kind == ENTRY_REMOVED ? 0 : 1;
	char buf[1024];

	snprintf(buf, sizeof(buf), "%.*s/highest", (int)(idx - 1 - e->path), e->path);
	highest = ctx && ctx->lookup ? ctx->lookup(ctx->data, !src, buf) : NULL;
	if (highest && strcmp(idx, highest) > 0)
		return 0;
	return RULE_MATCH | (src ? DIR_BACKWARD : DIR_FORWARD);
}

/*
 * cpreg_vmstate_array_len is VMSTATE_INT32_POSITIVE_LE: the destination
 * refuses a count above its own (get_int32_le()), so the longer list's
 * side breaks the direction in which it is the source.
 */
static unsigned cpreg_count(const struct diff_entry *e, const struct severity_ctx *ctx)
{
	long long a = strtoll(e->old_value, NULL, 10), b = strtoll(e->new_value, NULL, 10);

	(void)ctx;
	return a == b ? 0 : RULE_MATCH | (a > b ? DIR_FORWARD : DIR_BACKWARD);
}

void severity_rank(struct diff_entry *e, const struct severity_ctx *ctx)
{
	unsigned k = 1u << e->kind, match = RULE_MATCH;
	int whole = ctx && ctx->whole_group, stream = ctx && ctx->mig;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(rules); i++) {
		const struct rule *r = &rules[i];

		if (r->pass || !(r->kinds & k) || (r->scope == WHOLE_GROUP && !whole) ||
		    (r->scope == STREAM && !stream) || (r->scope == BINARY && stream) ||
		    !glob_match(r->glob, e->path))	/* the literal start first: glob_match() */
			continue;
		if (r->test && !(match = r->test(e, ctx)))
			continue;
		e->severity = r->sev;
		e->rule = r->name;
		e->breaks = r->sev == SEV_BREAK ? match & DIR_BOTH : 0;
		return;
	}
	e->severity = SEV_CHANGE;
	e->rule = "default";
	e->breaks = 0;
}

void severity_rank_section(struct diff *sec)
{
	struct pass_state ps = { NULL, 0, 0 };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(rules); i++)
		if (rules[i].pass)
			rules[i].pass(sec, rules[i].sev, rules[i].name, &ps);
	pass_state_release(&ps);
}
