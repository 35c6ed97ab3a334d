/* decode-guest.c: guest-view decoders for cpuinfo.txt, the probe's cpuid.txt, memmap.json and the fw_cfg file list. */
#include <ctype.h>
#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "decode.h"
#include "sha256.h"
#include "strbuf.h"
#include "util.h"

/* ---- cpuinfo.txt ---- */

/*
 * cpuinfo keys we keep, and the fact name each becomes.  Everything else is
 * dropped: "cpu MHz" and "bogomips" (measured), "bugs" (the kernel's
 * interpretation, changes with mitigations), "power management", and the
 * topology ids (processor, physical id, siblings, core id, cpu cores, apicid,
 * initial apicid).
 */
static const struct {
	const char *key, *name;
} cpuinfo_keys[] = {
	{ "vendor_id", "vendor_id" },
	{ "cpu family", "family" },
	{ "model", "model" },
	{ "model name", "model_name" },
	{ "stepping", "stepping" },
	{ "microcode", "microcode" },
	{ "cpuid level", "cpuid_level" },
	{ "address sizes", "address_sizes" },
	{ "cache size", "cache_size" },
	{ "clflush size", "clflush_size" },
	{ "cache_alignment", "cache_alignment" },
	{ "TLB size", "tlb_size" },
	{ "fpu", "fpu" },
	{ "fpu_exception", "fpu_exception" },
	{ "wp", "wp" },
};

static char *trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		*--e = '\0';
	return s;
}

/* Split off the next line of *p (NUL-terminating it); NULL at the end. Keeps blank lines. */
static char *next_line(char **p)
{
	char *line = *p, *nl;

	if (!line || !*line)
		return NULL;
	nl = strchr(line, '\n');
	if (nl) {
		*nl = '\0';
		*p = nl + 1;
	} else {
		*p = line + strlen(line);
	}
	return line;
}

static void add_flags(struct facts *out, char *v)
{
	char *save = NULL, *tok;

	for (tok = strtok_r(v, " \t", &save); tok; tok = strtok_r(NULL, " \t", &save)) {
		char *sub = xstrfmt("flags/%s", tok);

		facts_add(out, "cpu", sub, "1");
		free(sub);
	}
}

/* A text file of the guest view as a C string: 1, 0 when absent, -1 (err) when not text. */
static int text_file(const struct filemap *guest, const char *name, char **buf, struct error *err)
{
	const struct filemap_entry *e = filemap_get(guest, name);

	*buf = NULL;
	if (!e)
		return 0;
	if (memchr(e->data, '\0', e->len))
		return error_set(err, ERR_INPUT, "'%s': NUL byte in text", name);
	*buf = xstrndup((const char *)e->data, e->len);
	return 1;
}

int decode_cpuinfo(const struct filemap *guest, struct facts *out, struct error *err)
{
	const char *name = "cpuinfo.txt";
	char *buf = NULL, *line, *save = NULL;
	int ret = -1, lineno = 0, seen = 0, rc;
	size_t i;

	if ((rc = text_file(guest, name, &buf, err)) <= 0)
		return rc;
	/* Processor 0 only: stop at the first blank line. */
	save = buf;
	while ((line = next_line(&save))) {
		char *colon, *k, *v;

		lineno++;
		if (!*trim(line)) {
			if (seen)
				break;
			continue;
		}
		colon = strchr(line, ':');
		if (!colon) {
			error_set(err, ERR_INPUT, "'%s': line %d: no ':' separator", name, lineno);
			goto out;
		}
		*colon = '\0';
		k = trim(line);
		v = trim(colon + 1);
		if (!strcmp(k, "processor")) {
			if (seen)
				break;	/* blank lines may be missing; a second processor ends it */
			seen = 1;
			continue;
		}
		seen = 1;
		if (!strcmp(k, "flags")) {
			add_flags(out, v);
			continue;
		}
		for (i = 0; i < ARRAY_SIZE(cpuinfo_keys); i++)
			if (!strcmp(k, cpuinfo_keys[i].key)) {
				facts_add(out, "cpu", cpuinfo_keys[i].name, v);
				break;
			}
	}
	ret = 0;
out:
	free(buf);
	return ret;
}

/* ---- cpuid.txt (abidb-probe: the cpuid instruction on CPU 0) ---- */

int decode_cpuid(const struct filemap *guest, struct facts *out, struct error *err)
{
	static const char *const regs[] = { "eax", "ebx", "ecx", "edx" };
	const char *name = "cpuid.txt";
	char *buf = NULL, *line, *save = NULL;
	int ret = -1, lineno = 0, rc, i;

	if ((rc = text_file(guest, name, &buf, err)) <= 0)
		return rc;
	save = buf;
	while ((line = next_line(&save))) {
		unsigned leaf, sub, r[4];
		char group[40], tail;

		lineno++;
		if (!*trim(line))
			continue;
		/* "0x00000001 0x0 eax=0x00000663 ebx=0x00000800 ecx=0x80002001 edx=0x078bfbfd" */
		if (sscanf(line, "0x%x 0x%x eax=0x%x ebx=0x%x ecx=0x%x edx=0x%x %c", &leaf, &sub, &r[0], &r[1], &r[2],
			   &r[3], &tail) != 6) {
			error_set(err, ERR_INPUT, "'%s': line %d: expected 'LEAF SUBLEAF eax=.. ebx=.. ecx=.. edx=..'",
				  name, lineno);
			goto out;
		}
		snprintf(group, sizeof(group), "cpu/cpuid/0x%08x.%u", leaf, sub);
		for (i = 0; i < 4; i++)
			facts_addf(out, group, regs[i], "0x%08x", r[i]);
	}
	ret = 0;
out:
	free(buf);
	return ret;
}

/* ---- memmap.json ---- */

static int parse_hex_u64(const char *s, uint64_t *v)
{
	char *end;
	unsigned long long x;

	if (strncmp(s, "0x", 2) && strncmp(s, "0X", 2))
		return -1;
	if (!isxdigit((unsigned char)s[2]))
		return -1;
	errno = 0;
	x = strtoull(s + 2, &end, 16);
	if (errno || *end)
		return -1;
	*v = x;
	return 0;
}

static int memmap_field(struct json_object *o, const char *field, size_t idx,
			const char *name, const char **s, struct error *err)
{
	struct json_object *v;

	if (!json_object_object_get_ex(o, field, &v))
		return error_set(err, ERR_INPUT, "'%s': [%zu].%s: missing", name, idx, field);
	if (!json_object_is_type(v, json_type_string))
		return error_set(err, ERR_INPUT, "'%s': [%zu].%s: expected a string", name, idx, field);
	*s = json_object_get_string(v);
	return 0;
}

int decode_memmap(const struct filemap *guest, struct facts *out, struct error *err)
{
	const char *name = "memmap.json";
	const struct filemap_entry *e = filemap_get(guest, name);
	struct json_tokener *tok = NULL;
	struct json_object *doc = NULL;
	int ret = -1;
	size_t i, n;

	if (!e)
		return 0;
	tok = json_tokener_new();
	doc = json_tokener_parse_ex(tok, (const char *)e->data, (int)e->len);
	if (!doc || json_tokener_get_error(tok) != json_tokener_success ||
	    json_tokener_get_parse_end(tok) != e->len) {
		enum json_tokener_error je = json_tokener_get_error(tok);

		error_set(err, ERR_INPUT, "'%s': invalid JSON: %s", name,
			  je == json_tokener_continue || je == json_tokener_success ?
			  "unexpected end or trailing data" : json_tokener_error_desc(je));
		goto out;
	}
	if (!json_object_is_type(doc, json_type_array)) {
		error_set(err, ERR_INPUT, "'%s': expected an array of regions", name);
		goto out;
	}
	n = json_object_array_length(doc);
	for (i = 0; i < n; i++) {
		struct json_object *r = json_object_array_get_idx(doc, i);
		const char *start, *end, *type;
		uint64_t s, en;
		char key[32];

		if (!json_object_is_type(r, json_type_object)) {
			error_set(err, ERR_INPUT, "'%s': [%zu]: expected an object", name, i);
			goto out;
		}
		if (memmap_field(r, "start", i, name, &start, err) ||
		    memmap_field(r, "end", i, name, &end, err) ||
		    memmap_field(r, "type", i, name, &type, err))
			goto out;
		if (parse_hex_u64(start, &s)) {
			error_set(err, ERR_INPUT, "'%s': [%zu].start: not a hex address: '%s'", name, i, start);
			goto out;
		}
		if (parse_hex_u64(end, &en)) {
			error_set(err, ERR_INPUT, "'%s': [%zu].end: not a hex address: '%s'", name, i, end);
			goto out;
		}
		snprintf(key, sizeof(key), "0x%016" PRIx64, s);
		facts_addf(out, "memmap", key, "end=0x%" PRIx64 " type=%s", en, type);
	}
	ret = 0;
out:
	if (doc)
		json_object_put(doc);
	json_tokener_free(tok);
	return ret;
}

/* ---- fw_cfg ---- */

/*
 * fw_cfg entries whose content we do not hash.  None is volatile across
 * boots in the data we have (see docs/decoders/guest.md); the SMBIOS blobs
 * are decoded, from the guest's side, in the smbios section, and hashing
 * them again would only repeat the machine type name they contain.  A VM
 * generation id or a random seed would change on every boot.
 */
static const char *const fwcfg_nohash[] = {
	"etc/smbios/smbios-tables",
	"etc/smbios/smbios-anchor",
	"etc/vmgenid_guid",
	"etc/vmgenid_addr",
	"etc/random-seed",
};

static int fwcfg_no_hash(const char *n)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(fwcfg_nohash); i++)
		if (!strcmp(n, fwcfg_nohash[i]))
			return 1;
	return 0;
}

static int fwcfg_hash(const struct filemap *guest, struct facts *out, const char *fname,
		      struct error *err)
{
	char *raw = xstrfmt("fw_cfg/raw/%s", fname);
	char *hashed = xstrfmt("fw_cfg/raw/%s.sha256", fname);
	char *sub = xstrfmt("%s/sha256", fname);
	const struct filemap_entry *e;
	char hex[65];
	int ret = -1;
	size_t i;

	if ((e = filemap_get(guest, raw))) {
		sha256_hex(e->data, e->len, hex);
		facts_add(out, "fw_cfg", sub, hex);
	} else if ((e = filemap_get(guest, hashed))) {
		/* "<64 hex>  <size>\n" */
		if (e->len < 64) {
			error_set(err, ERR_INPUT, "'%s': hash: too short", hashed);
			goto out;
		}
		for (i = 0; i < 64; i++) {
			if (!isxdigit(e->data[i])) {
				error_set(err, ERR_INPUT, "'%s': hash: not hex at byte %zu", hashed, i);
				goto out;
			}
			hex[i] = tolower(e->data[i]);
		}
		hex[64] = '\0';
		if (e->len > 64 && !isspace(e->data[64])) {
			error_set(err, ERR_INPUT, "'%s': hash: longer than 64 hex digits", hashed);
			goto out;
		}
		facts_add(out, "fw_cfg", sub, hex);
	}
	ret = 0;
out:
	free(raw);
	free(hashed);
	free(sub);
	return ret;
}

int decode_fwcfg(const struct filemap *guest, struct facts *out, struct error *err)
{
	const char *name = "fw_cfg/listing.txt";
	char *buf = NULL, *line, *save = NULL;
	int ret = -1, lineno = 0, rc;

	if ((rc = text_file(guest, name, &buf, err)) <= 0)
		return rc;
	save = buf;
	while ((line = next_line(&save))) {
		unsigned long sel, size;
		char *p = trim(line), *end, *fname, *sub;

		lineno++;
		if (!*p)
			continue;	/* old machine types: an empty listing */
		errno = 0;
		sel = strtoul(p, &end, 10);
		if (errno || end == p || (*end != ' ' && *end != '\t') || sel > 0xffff) {
			error_set(err, ERR_INPUT, "'%s': line %d: bad select", name, lineno);
			goto out;
		}
		p = end;
		size = strtoul(p, &end, 10);
		if (errno || end == p || (*end != ' ' && *end != '\t')) {
			error_set(err, ERR_INPUT, "'%s': line %d: bad size", name, lineno);
			goto out;
		}
		fname = trim(end);
		if (!*fname || strstr(fname, "..") || *fname == '/') {
			error_set(err, ERR_INPUT, "'%s': line %d: bad name", name, lineno);
			goto out;
		}
		sub = xstrfmt("%s/size", fname);
		facts_addf(out, "fw_cfg", sub, "%lu", size);
		free(sub);
		sub = xstrfmt("%s/select", fname);
		facts_addf(out, "fw_cfg", sub, "0x%04lx", sel);
		free(sub);
		if (!fwcfg_no_hash(fname) && fwcfg_hash(guest, out, fname, err))
			goto out;
	}
	ret = 0;
out:
	free(buf);
	return ret;
}
