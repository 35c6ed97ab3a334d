/* facts.h: the (path, value) observations a decoder produces, grouped into units of sharing. */
#ifndef ABIDB_FACTS_H
#define ABIDB_FACTS_H

#include <stddef.h>

/*
 * A fact is one observed (path, value) pair, e.g.
 *   path  "acpi/DSDT/\_SB.PCI0/_UID", value "0x01".
 * The first path component is the section ("acpi", "pci", "smbios", "cpu",
 * "memmap", "fw_cfg", "vmstate", "migration", "qom", "hostpci", "machine").
 *
 * Every fact belongs to a group: a prefix of its path naming one unit that
 * tends to stay identical across releases and machine types (one device, one
 * ACPI scope, one vmstate section).  The store keeps each distinct group
 * content once and lets records share it, so the grouping decides how much is
 * shared and how cheap a diff is.  Full path = group "/" sub.
 *
 * Paths must be stable across releases: no creation-order names
 * ("device[7]"), no pointers, no volatile values (see docs/formats.md).
 *
 * Ownership: a struct facts owns copies of every string added to it.
 */
struct fact {
	char *group;	/* e.g. "acpi/DSDT/\_SB.PCI0" */
	char *path;	/* full path, group + "/" + sub */
	char *value;
};

struct facts {
	struct fact *v;
	size_t nr, alloc;
};

#define FACTS_INIT { NULL, 0, 0 }

void facts_init(struct facts *f);
void facts_release(struct facts *f);

/* Add group/sub = value (all copied).  sub may be "" to make path == group. */
void facts_add(struct facts *f, const char *group, const char *sub, const char *value);

/* Same, with a printf-formatted value. */
void facts_addf(struct facts *f, const char *group, const char *sub, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/*
 * Sort by (group, path) and drop exact duplicates.  Two facts with the same
 * path and different values are made unique by suffixing "#2", "#3" to the
 * later paths, in input order (a decoder should avoid this by design).
 */
void facts_sort(struct facts *f);

/* The section of a path or group: the text before the first '/'. */
size_t fact_section_len(const char *path);

#endif
