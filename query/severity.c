/* severity.c: ranking differences as break, change or info, by the rules of docs/severity.md. */
#include <stdlib.h>
#include <string.h>

#include "severity.h"
#include "util.h"

#define K_CHANGED (1u << ENTRY_CHANGED)
#define K_ADDED (1u << ENTRY_ADDED)
#define K_REMOVED (1u << ENTRY_REMOVED)
#define K_ANY (K_CHANGED | K_ADDED | K_REMOVED)

/*
 * First match wins.  Globs are fnmatch(3) patterns where '*' also matches
 * '/'; backslashes (ACPI root) are literal.  Each rule's name is what
 * `abidb diff` prints beside the entry, and docs/severity.md explains it.
 */
static const struct rule {
	const char *name;
	const char *glob;
	unsigned kinds;
	enum severity sev;
} rules[] = {
	/* guest view: the identity guests build device instance paths from */
	{ "acpi-identity", "acpi/*/_HID", K_ANY, SEV_BREAK },
	{ "acpi-identity", "acpi/*/_UID", K_ANY, SEV_BREAK },
	{ "acpi-identity", "acpi/*/_CID", K_ANY, SEV_BREAK },
	{ "acpi-identity", "acpi/*/_ADR", K_CHANGED, SEV_BREAK },
	{ "acpi-adr-node", "acpi/*/_ADR", K_ADDED | K_REMOVED, SEV_CHANGE },
	{ "acpi-content", "acpi/*", K_ANY, SEV_CHANGE },
	{ "pci-identity", "pci/*/vendor", K_ANY, SEV_BREAK },
	{ "pci-identity", "pci/*/device", K_ANY, SEV_BREAK },
	{ "pci-identity", "pci/*/subsystem_vendor", K_ANY, SEV_BREAK },
	{ "pci-identity", "pci/*/subsystem", K_ANY, SEV_BREAK },
	{ "pci-identity", "pci/*/class", K_ANY, SEV_BREAK },
	{ "pci-identity", "pci/*/revision", K_ANY, SEV_BREAK },
	{ "pci-identity", "pci/*/header_type", K_ANY, SEV_BREAK },
	{ "pci-bar", "pci/*/bar[0-9]/*", K_ANY, SEV_BREAK },
	{ "pci-capability", "pci/*/cap/*", K_ANY, SEV_BREAK },
	{ "pci-capability", "pci/*/ecap/*", K_ANY, SEV_BREAK },
	{ "pci-content", "pci/*", K_ANY, SEV_CHANGE },
	{ "firmware", "smbios/type0*", K_ANY, SEV_INFO },
	{ "smbios", "smbios/*", K_ANY, SEV_CHANGE },
	{ "cpuid-feature", "cpu/flags/*", K_ANY, SEV_BREAK },
	{ "cpuid-identity", "cpu/vendor_id", K_ANY, SEV_BREAK },
	{ "cpuid-identity", "cpu/family", K_ANY, SEV_BREAK },
	{ "cpuid-identity", "cpu/model", K_ANY, SEV_BREAK },
	{ "cpuid-identity", "cpu/stepping", K_ANY, SEV_BREAK },
	{ "cpuid-identity", "cpu/cpuid_level", K_ANY, SEV_BREAK },
	{ "cpuid-identity", "cpu/address_sizes", K_ANY, SEV_BREAK },
	{ "cpu", "cpu/*", K_ANY, SEV_CHANGE },
	{ "memmap", "memmap/*", K_ANY, SEV_CHANGE },
	{ "firmware", "fw_cfg/genroms/*", K_ANY, SEV_INFO },
	{ "fw_cfg", "fw_cfg/*", K_ANY, SEV_CHANGE },
	/* migration view: per-machine stream (vmdesc) */
	{ "migration-outcome", "migration/status", K_ANY, SEV_CHANGE },
	{ "migration-outcome", "migration/error", K_ANY, SEV_CHANGE },
	{ "migration-version", "migration/*/version", K_CHANGED, SEV_CHANGE },
	{ "migration-layout", "migration/*/size", K_ANY, SEV_BREAK },
	{ "migration-layout", "migration/*/after", K_ANY, SEV_BREAK },
	{ "migration-layout", "migration/*/array_len", K_ANY, SEV_BREAK },
	{ "migration", "migration/*", K_ANY, SEV_CHANGE },
	/* properties view */
	{ "pci-identity", "hostpci/*/vendor", K_ANY, SEV_BREAK },
	{ "pci-identity", "hostpci/*/device", K_ANY, SEV_BREAK },
	{ "pci-identity", "hostpci/*/subsystem_vendor", K_ANY, SEV_BREAK },
	{ "pci-identity", "hostpci/*/subsystem", K_ANY, SEV_BREAK },
	{ "pci-identity", "hostpci/*/class", K_ANY, SEV_BREAK },
	{ "pci-bar", "hostpci/*/bar[0-9]/*", K_ANY, SEV_BREAK },
	{ "new-field", "hostpci/*", K_ADDED, SEV_INFO },
	{ "host-pci", "hostpci/*", K_ANY, SEV_CHANGE },
	{ "new-knob", "qom/*", K_ADDED, SEV_INFO },
	{ "property", "qom/*", K_ANY, SEV_CHANGE },
	{ "new-knob", "machine/*", K_ADDED, SEV_INFO },
	{ "machine-property", "machine/*", K_ANY, SEV_CHANGE },
};

static const char *last_component(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

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

/* vmstate rules after scripts/vmstate-static-checker.py: can the new side load the old stream? */
static int rank_vmstate(struct diff_entry *e, const struct severity_ctx *ctx)
{
	const char *last = last_component(e->path);
	char buf[1024];
	long old_ver, new_min, fver;
	int ok1, ok2;

	if (ctx && ctx->whole_group) {
		/* -dump-vmstate lists every device class in the binary */
		e->severity = e->kind == ENTRY_ADDED ? SEV_INFO : SEV_CHANGE;
		e->rule = e->kind == ENTRY_ADDED ? "vmstate-class-added" : "vmstate-class-dropped";
		return 1;
	}
	if (strstr(e->path, "/sub/")) {
		/* subsections are optional on the wire: new ones are fine, lost ones fail old streams */
		e->severity = e->kind == ENTRY_ADDED ? SEV_INFO : SEV_BREAK;
		e->rule = "vmstate-subsection";
		return 1;
	}
	section_fact(e->path, "version_id", buf, sizeof(buf));
	old_ver = lookup_long(ctx, 0, buf, &ok1);
	section_fact(e->path, "minimum_version_id", buf, sizeof(buf));
	new_min = lookup_long(ctx, 1, buf, &ok2);
	if (!strcmp(last, "version_id") || !strcmp(last, "minimum_version_id")) {
		if (e->kind == ENTRY_CHANGED && ok1 && ok2 && new_min > old_ver) {
			e->severity = SEV_BREAK;
			e->rule = "vmstate-version";
		} else {
			e->severity = SEV_CHANGE;
			e->rule = "vmstate-version";
		}
		return 1;
	}
	if (!strcmp(last, "num")) {
		e->severity = e->kind == ENTRY_CHANGED ? SEV_BREAK : SEV_INFO;
		e->rule = "vmstate-array";
		return 1;
	}
	if (!strcmp(last, "field_exists")) {
		e->severity = SEV_CHANGE;
		e->rule = "vmstate-field";
		return 1;
	}
	if (e->kind == ENTRY_ADDED) {
		/* a new field guarded by a version the old side does not send is loadable */
		const char *slash = strrchr(e->path, '/');

		snprintf(buf, sizeof(buf), "%.*s/version_id", (int)(slash - e->path), e->path);
		fver = lookup_long(ctx, 1, buf, &ok2);
		if (ok1 && ok2 && fver > old_ver) {
			e->severity = SEV_CHANGE;
			e->rule = "vmstate-field-versioned";
			return 1;
		}
	}
	e->severity = SEV_BREAK;
	e->rule = "vmstate-field";
	return 1;
}

void severity_rank(struct diff_entry *e, const struct severity_ctx *ctx)
{
	unsigned k = 1u << e->kind;
	size_t i;

	if (starts_with(e->path, "vmstate/") && rank_vmstate(e, ctx))
		return;
	if (starts_with(e->path, "migration/") && ctx && ctx->whole_group &&
	    strcmp(e->path, "migration/status") && strcmp(e->path, "migration/error")) {
		e->severity = SEV_BREAK;
		e->rule = "migration-device";
		return;
	}
	if (starts_with(e->path, "qom/") && ctx && ctx->whole_group) {
		/* a device that appears or goes is not a new knob */
		e->severity = SEV_CHANGE;
		e->rule = "qom-device";
		return;
	}
	for (i = 0; i < ARRAY_SIZE(rules); i++)
		if ((rules[i].kinds & k) && glob_match(rules[i].glob, e->path)) {
			e->severity = rules[i].sev;
			e->rule = rules[i].name;
			return;
		}
	e->severity = SEV_CHANGE;
	e->rule = "default";
}
