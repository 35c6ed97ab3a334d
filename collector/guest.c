/*
 * guest.c: the guest view without booting (the fw_cfg fast path, see guest.h and
 * docs/collect.md): a stopped QEMU serves its ACPI tables, SMBIOS, e820 input and
 * fw_cfg files over fw_cfg, and its PCI config space over 0xcf8/0xcfc and MMCONFIG;
 * qtest reads them.  The result has the layout of a booted guest's folder, so the
 * importer's guest decoders read it unchanged.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base64.h"
#include "child.h"
#include "fwcfg.h"
#include "guest.h"
#include "qmp.h"
#include "qtest.h"
#include "sha256.h"
#include "util.h"

#define RAM_MB "512"			/* as the recorded booted guests */
#define RAW_MAX 65536			/* larger fw_cfg files are not kept raw (etc/acpi/tables) */
#define MMCFG_BASE 0xb0000000u		/* where the firmware puts q35's PCIEXBAR */

enum host_bridge { HB_OTHER, HB_I440FX, HB_Q35, HB_ECAM };

struct fast {
	struct qtest *t;
	long long deadline;
	enum host_bridge hb;
	uint64_t ecam;			/* bus 0's ECAM window (arm/riscv virt), 0: mechanism #1 at 0xcf8 */
	struct json_object *files;	/* {"path": "base64"} */
	struct json_object *needs_boot;	/* [reason] */
	int vga_seen;
};

static void add_file(struct fast *f, const char *path, const void *data, size_t len)
{
	struct strbuf b = STRBUF_INIT;

	base64_encode(data, len, &b);
	json_object_object_add(f->files, path, json_object_new_string_len(b.buf, (int)b.len));
	strbuf_release(&b);
}

/* ---- PCI configuration mechanism #1 (0xcf8/0xcfc) ---- */

static uint32_t cfg_addr(unsigned dev, unsigned fn, unsigned off)
{
	return 0x80000000u | dev << 11 | fn << 8 | (off & 0xfc);
}

/* ECAM: bus 0, 4 KiB per function */
static uint64_t ecam_addr(const struct fast *f, unsigned dev, unsigned fn, unsigned off)
{
	return f->ecam + ((uint64_t)dev << 15 | (uint64_t)fn << 12 | (off & 0xffc));
}

/* Read `n` dwords of bus 0's dev.fn config space from `off` into out (little-endian bytes). */
static int cfg_read(struct fast *f, unsigned dev, unsigned fn, unsigned off, unsigned n, unsigned char *out,
		    struct error *err)
{
	struct strbuf cmds = STRBUF_INIT;
	uint64_t *vals = xcalloc(2 * (size_t)n, sizeof(*vals));
	unsigned i;
	int rc;

	for (i = 0; i < n; i++) {
		if (f->ecam)	/* a dummy write keeps the two replies per dword of mechanism #1 */
			strbuf_addf(&cmds, "readl 0x%llx\nreadl 0x%llx\n", (unsigned long long)ecam_addr(f, dev, fn, 0),
				    (unsigned long long)ecam_addr(f, dev, fn, off + 4 * i));
		else
			strbuf_addf(&cmds, "outl 0xcf8 0x%x\ninl 0xcfc\n", cfg_addr(dev, fn, off + 4 * i));
	}
	rc = qtest_batch(f->t, &cmds, 2 * (size_t)n, vals, NULL, f->deadline, err);
	for (i = 0; !rc && i < n; i++) {
		uint32_t v = (uint32_t)vals[2 * i + 1];

		out[4 * i] = (unsigned char)v;
		out[4 * i + 1] = (unsigned char)(v >> 8);
		out[4 * i + 2] = (unsigned char)(v >> 16);
		out[4 * i + 3] = (unsigned char)(v >> 24);
	}
	strbuf_release(&cmds);
	free(vals);
	return rc;
}

/* Write `size` (1 or 4) bytes of `val` at `off`. */
static int cfg_write(struct fast *f, unsigned dev, unsigned fn, unsigned off, unsigned size, uint32_t val,
		     struct error *err)
{
	struct strbuf cmds = STRBUF_INIT;
	int rc;

	if (f->ecam) {
		/* a read of the vendor id stands for mechanism #1's address write */
		strbuf_addf(&cmds, "readl 0x%llx\n", (unsigned long long)ecam_addr(f, dev, fn, 0));
		if (size == 1)
			strbuf_addf(&cmds, "writeb 0x%llx 0x%x\n", (unsigned long long)(ecam_addr(f, dev, fn, off) + (off & 3)),
				    val & 0xff);
		else
			strbuf_addf(&cmds, "writel 0x%llx 0x%x\n", (unsigned long long)ecam_addr(f, dev, fn, off), val);
	} else {
		strbuf_addf(&cmds, "outl 0xcf8 0x%x\n", cfg_addr(dev, fn, off));
		if (size == 1)
			strbuf_addf(&cmds, "outb 0x%x 0x%x\n", 0xcfc + (off & 3), val & 0xff);
		else
			strbuf_addf(&cmds, "outl 0xcfc 0x%x\n", val);
	}
	rc = qtest_batch(f->t, &cmds, 2, NULL, NULL, f->deadline, err);
	strbuf_release(&cmds);
	return rc;
}

/*
 * The writes SeaBIOS makes before it reads etc/acpi/ files: QEMU builds the ACPI
 * tables once, on the first read, from this state.  Without the PM base the
 * FADT has no PM blocks; without PCIEXBAR q35 has no MCFG and no DRAC device.
 */
static int firmware_writes(struct fast *f, struct error *err)
{
	unsigned char id[4];

	if (cfg_read(f, 0, 0, 0, 1, id, err))
		return -1;
	if (!memcmp(id, "\x86\x80\x37\x12", 4)) {		/* 8086:1237 i440FX */
		f->hb = HB_I440FX;
		/* PIIX4 PM (00:01.3): PMBA 0x40 = 0x601, PMREGMISC 0x80 = 1 (I/O enable) */
		return cfg_write(f, 1, 3, 0x40, 4, 0x601, err) || cfg_write(f, 1, 3, 0x80, 1, 1, err) ? -1 : 0;
	}
	if (!memcmp(id, "\x86\x80\xc0\x29", 4)) {		/* 8086:29c0 Q35 MCH */
		f->hb = HB_Q35;
		/* MCH PCIEXBAR 0x60/0x64 (256 MiB at 0xb0000000, enabled); ICH9 LPC PMBASE 0x40, ACPI_CNTL 0x44 */
		return cfg_write(f, 0, 0, 0x64, 4, 0, err) || cfg_write(f, 0, 0, 0x60, 4, MMCFG_BASE | 1, err) ||
		       cfg_write(f, 31, 0, 0x40, 4, 0x601, err) || cfg_write(f, 31, 0, 0x44, 1, 0x80, err) ? -1 : 0;
	}
	f->hb = HB_OTHER;
	return 0;
}

/* ---- PCI devices of bus 0 ---- */

struct bar {
	uint64_t size, flags;
};

/* Linux's IORESOURCE_* bits, as sysfs "resource" shows them */
#define RES_IO 0x40101ull
#define RES_MEM 0x40200ull
#define RES_PREFETCH 0x2000ull
#define RES_MEM64 0x100000ull
#define RES_ROM 0x46200ull
#define RES_ROM_SHADOW 0x212ull

/* Size the BARs as firmware does: write all ones, read back, restore. */
static int size_bars(struct fast *f, unsigned dev, unsigned fn, const unsigned char *cfg, struct bar *bars,
		     struct error *err)
{
	unsigned htype = cfg[0x0e] & 0x7f, nbars = htype == 0 ? 6 : htype == 1 ? 2 : 0;
	unsigned rom = htype == 1 ? 0x38 : 0x30, i;
	struct strbuf cmds = STRBUF_INIT;
	uint64_t vals[4 * 7];
	uint32_t orig[7], mask[7];
	int rc;

	memset(bars, 0, 7 * sizeof(*bars));
	if (htype > 1)
		return 0;
	for (i = 0; i < 7; i++) {
		unsigned off = i < 6 ? 0x10 + 4 * i : rom;

		orig[i] = (uint32_t)cfg[off] | (uint32_t)cfg[off + 1] << 8 | (uint32_t)cfg[off + 2] << 16 |
			  (uint32_t)cfg[off + 3] << 24;
		if (f->ecam) {
			unsigned long long a = (unsigned long long)ecam_addr(f, dev, fn, off);

			/* the same four replies: a read of the vendor id stands for the address write */
			strbuf_addf(&cmds, "readl 0x%llx\nwritel 0x%llx 0x%x\nreadl 0x%llx\nwritel 0x%llx 0x%x\n",
				    (unsigned long long)ecam_addr(f, dev, fn, 0), a, i < 6 ? 0xffffffffu : 0xfffff800u, a,
				    a, orig[i]);
		} else {
			strbuf_addf(&cmds, "outl 0xcf8 0x%x\noutl 0xcfc 0x%x\ninl 0xcfc\noutl 0xcfc 0x%x\n",
				    cfg_addr(dev, fn, off), i < 6 ? 0xffffffffu : 0xfffff800u, orig[i]);
		}
	}
	rc = qtest_batch(f->t, &cmds, 4 * 7, vals, NULL, f->deadline, err);
	strbuf_release(&cmds);
	if (rc)
		return -1;
	for (i = 0; i < 7; i++)
		mask[i] = (uint32_t)vals[4 * i + 2];
	for (i = 0; i < nbars; i++) {
		uint32_t m = mask[i];

		if (!m)
			continue;
		if (m & 1) {
			uint32_t sz = m & ~3u;

			if (!(sz & 0xffff0000u))
				sz |= 0xffff0000u;
			bars[i].size = (uint32_t)(~sz + 1);
			bars[i].flags = RES_IO;
		} else if ((m & 6) == 4 && i + 1 < nbars) {
			uint64_t sz = (uint64_t)mask[i + 1] << 32 | (m & ~0xfu);

			bars[i].size = ~sz + 1;
			bars[i].flags = RES_MEM | RES_MEM64 | (m & 8 ? RES_PREFETCH : 0);
			i++;
		} else {
			bars[i].size = (uint32_t)(~(m & ~0xfu) + 1);
			bars[i].flags = RES_MEM | (m & 8 ? RES_PREFETCH : 0);
		}
	}
	if (mask[6] & 0xfffff800u) {
		bars[6].size = (uint32_t)(~(mask[6] & 0xfffff800u) + 1);
		bars[6].flags = RES_ROM;
	}
	return 0;
}

/*
 * What Linux shows beyond the BARs (drivers/pci/probe.c, arch/x86/pci/fixup.c):
 * an IDE controller in compatibility mode decodes the legacy ports, and the
 * boot VGA device's ROM is the shadow at 0xc0000 (128 KiB).
 */
static void linux_fixups(struct fast *f, const unsigned char *cfg, struct bar *bars, uint64_t *starts)
{
	unsigned cls = cfg[0x0b] << 8 | cfg[0x0a], progif = cfg[0x09];

	if (cls == 0x0101) {
		if (!(progif & 1)) {
			starts[0] = 0x1f0, bars[0].size = 8, bars[0].flags = 0x110;
			starts[1] = 0x3f6, bars[1].size = 1, bars[1].flags = 0x110;
		}
		if (!(progif & 4)) {
			starts[2] = 0x170, bars[2].size = 8, bars[2].flags = 0x110;
			starts[3] = 0x376, bars[3].size = 1, bars[3].flags = 0x110;
		}
	}
	if (cls == 0x0300 && !f->vga_seen) {
		f->vga_seen = 1;
		starts[6] = 0xc0000, bars[6].size = 0x20000, bars[6].flags = RES_ROM_SHADOW;
	}
}

/* pci/<BDF>.json: the sysfs-like description the PCI decoder reads BAR sizes from. */
static void add_resources(struct fast *f, const char *bdf, const unsigned char *cfg, size_t cfg_len,
			  struct bar *bars)
{
	struct json_object *o = json_object_new_object(), *res = json_object_new_array();
	uint64_t starts[7] = { 0 };
	char buf[80], *path;
	unsigned i;

	linux_fixups(f, cfg, bars, starts);
	for (i = 0; i < 13; i++) {
		uint64_t start = i < 7 ? starts[i] : 0, size = i < 7 ? bars[i].size : 0;

		snprintf(buf, sizeof(buf), "0x%016" PRIx64 " 0x%016" PRIx64 " 0x%016" PRIx64, start,
			 size ? start + size - 1 : 0, i < 7 && size ? bars[i].flags : 0);
		json_object_array_add(res, json_object_new_string(buf));
	}
	snprintf(buf, sizeof(buf), "0x%02x%02x", cfg[1], cfg[0]);
	json_object_object_add(o, "vendor", json_object_new_string(buf));
	snprintf(buf, sizeof(buf), "0x%02x%02x", cfg[3], cfg[2]);
	json_object_object_add(o, "device", json_object_new_string(buf));
	snprintf(buf, sizeof(buf), "0x%02x%02x%02x", cfg[0x0b], cfg[0x0a], cfg[0x09]);
	json_object_object_add(o, "class", json_object_new_string(buf));
	json_object_object_add(o, "config_size", json_object_new_int((int)cfg_len));
	json_object_object_add(o, "resource", res);
	path = xstrfmt("pci/%s.json", bdf);
	add_file(f, path, json_object_to_json_string_ext(o, JSON_C_TO_STRING_PRETTY),
		 strlen(json_object_to_json_string_ext(o, JSON_C_TO_STRING_PRETTY)));
	free(path);
	json_object_put(o);
}

/* Does the standard config space have a capability `id`? */
static int has_cap(const unsigned char *cfg, unsigned id)
{
	unsigned p = cfg[0x34] & 0xfc, n = 0;

	if (!(cfg[0x06] & 0x10))
		return 0;
	while (p >= 0x40 && n++ < 48) {
		if (cfg[p] == id)
			return 1;
		p = cfg[p + 1] & 0xfc;
	}
	return 0;
}

static int read_function(struct fast *f, unsigned dev, unsigned fn, struct error *err)
{
	unsigned char cfg[4096];
	struct strbuf ext = STRBUF_INIT;
	struct bar bars[7];
	size_t len = 256;
	char bdf[16], *path;

	memset(cfg, 0, sizeof(cfg));
	if (cfg_read(f, dev, fn, 0, 64, cfg, err))
		return -1;
	/* 4 KiB through MMCONFIG (ECAM) for PCI Express functions, as Linux does when extended space answers */
	if ((f->hb == HB_Q35 || f->hb == HB_ECAM) && has_cap(cfg, 0x10)) {
		uint64_t base = f->hb == HB_ECAM ? ecam_addr(f, dev, fn, 0) : MMCFG_BASE + (dev << 15 | fn << 12);

		if (qtest_read_mem(f->t, base, 4096, &ext, f->deadline, err)) {
			strbuf_release(&ext);
			return -1;
		}
		if (memcmp(ext.buf, cfg, 64)) {
			strbuf_release(&ext);
			return error_set(err, ERR_INPUT, "pci: 00:%02x.%u: MMCONFIG at 0x%x does not show the "
					 "config space of 0xcf8/0xcfc", dev, fn, MMCFG_BASE);
		}
		if (memcmp(ext.buf + 256, "\xff\xff\xff\xff", 4)) {
			memcpy(cfg + 256, ext.buf + 256, 4096 - 256);
			len = 4096;
		}
		strbuf_release(&ext);
	}
	snprintf(bdf, sizeof(bdf), "0000:00:%02x.%u", dev, fn);
	path = xstrfmt("pci/%s.config", bdf);
	add_file(f, path, cfg, len);
	free(path);
	if (size_bars(f, dev, fn, cfg, bars, err))
		return -1;
	add_resources(f, bdf, cfg, len, bars);
	return 0;
}

static int scan_pci(struct fast *f, struct error *err)
{
	unsigned char id[4], hdr[4];
	unsigned dev, fn, nfn;

	if (f->hb == HB_OTHER)
		return 0;
	for (dev = 0; dev < 32; dev++) {
		if (cfg_read(f, dev, 0, 0, 1, id, err))
			return -1;
		if (!memcmp(id, "\xff\xff", 2) || !memcmp(id, "\0\0", 2))
			continue;
		if (cfg_read(f, dev, 0, 0x0c, 1, hdr, err))
			return -1;
		nfn = hdr[2] & 0x80 ? 8 : 1;
		for (fn = 0; fn < nfn; fn++) {
			if (fn && cfg_read(f, dev, fn, 0, 1, id, err))
				return -1;
			if (fn && (!memcmp(id, "\xff\xff", 2) || !memcmp(id, "\0\0", 2)))
				continue;
			if (read_function(f, dev, fn, err))
				return -1;
		}
	}
	return 0;
}

/* ---- fw_cfg files ---- */

static int by_select(const void *a, const void *b)
{
	const struct fwcfg_file *x = a, *y = b;

	return x->select - y->select;
}

/* The booted guest's fw_cfg/raw/ keeps small files as they are and option ROMs as a hash. */
static void add_fwcfg_raw(struct fast *f, const struct fwcfg_file *e, const struct strbuf *data)
{
	char *path;

	if (starts_with(e->name, "genroms/") || starts_with(e->name, "vgaroms/")) {
		char hex[65], *line;

		sha256_hex(data->buf, data->len, hex);
		line = xstrfmt("%s  %zu\n", hex, data->len);
		path = xstrfmt("fw_cfg/raw/%s.sha256", e->name);
		add_file(f, path, line, strlen(line));
		free(line);
	} else if (data->len <= RAW_MAX) {
		path = xstrfmt("fw_cfg/raw/%s", e->name);
		add_file(f, path, data->buf, data->len);
	} else {
		return;
	}
	free(path);
}

static void add_acpi(struct fast *f, const struct strbuf *loader, struct strbuf *tables, struct error *err)
{
	struct acpi_span *spans;
	size_t n, i;

	if (acpi_split_tables((const unsigned char *)loader->buf, loader->len, (unsigned char *)tables->buf,
			      tables->len, &spans, &n, err)) {
		json_object_array_add(f->needs_boot, json_object_new_string(err->msg));
		error_clear(err);
		return;
	}
	for (i = 0; i < n; i++) {
		char *path = xstrfmt("acpi/%s.bin", spans[i].name);

		add_file(f, path, tables->buf + spans[i].off, spans[i].len);
		free(path);
	}
	free(spans);
}

static int read_files(struct fast *f, struct fwcfg *fc, struct error *err)
{
	struct fwcfg_file *dir = NULL;
	struct strbuf listing = STRBUF_INIT, data = STRBUF_INIT, tables = STRBUF_INIT, loader = STRBUF_INIT;
	int have_tables = 0, have_smbios = 0, ret = -1;
	size_t n, i;

	if (fwcfg_read_dir(fc, &dir, &n, err))
		goto out;
	qsort(dir, n, sizeof(*dir), by_select);
	for (i = 0; i < n; i++) {
		const struct fwcfg_file *e = &dir[i];

		strbuf_addf(&listing, "%u %u %s\n", e->select, e->size, e->name);
		strbuf_reset(&data);
		if (fwcfg_read(fc, e->select, e->size, &data, err)) {
			error_prefix(err, "fw_cfg: '%s'", e->name);
			goto out;
		}
		add_fwcfg_raw(f, e, &data);
		if (!strcmp(e->name, "etc/acpi/tables")) {
			strbuf_add(&tables, data.buf, data.len);
			have_tables = 1;
		} else if (!strcmp(e->name, "etc/table-loader")) {
			strbuf_add(&loader, data.buf, data.len);
		} else if (!strcmp(e->name, "etc/smbios/smbios-tables")) {
			add_file(f, "dmi/DMI.bin", data.buf, data.len);
			have_smbios = 1;
		} else if (!strcmp(e->name, "etc/smbios/smbios-anchor")) {
			add_file(f, "dmi/smbios_entry_point.bin", data.buf, data.len);
		}
	}
	add_file(f, "fw_cfg/listing.txt", listing.buf, listing.len);
	if (have_tables)
		add_acpi(f, &loader, &tables, err);
	else if (fc->mmio)	/* riscv virt: the device tree is all the guest gets from QEMU */
		json_object_array_add(f->needs_boot, json_object_new_string(
			"acpi: no etc/acpi/tables in fw_cfg: QEMU gives this machine type's guest a device tree"));
	else
		json_object_array_add(f->needs_boot, json_object_new_string(
			"acpi: no etc/acpi/tables in fw_cfg: the firmware (SeaBIOS) builds this machine type's ACPI tables"));
	if (!have_smbios && fc->mmio)
		json_object_array_add(f->needs_boot, json_object_new_string(
			"smbios: no etc/smbios/smbios-tables in fw_cfg: QEMU gives this machine type none"));
	else if (!have_smbios)
		json_object_array_add(f->needs_boot, json_object_new_string(
			"smbios: no etc/smbios/smbios-tables in fw_cfg: legacy SMBIOS fields, assembled by the firmware"));
	ret = 0;
out:
	free(dir);
	strbuf_release(&listing);
	strbuf_release(&data);
	strbuf_release(&tables);
	strbuf_release(&loader);
	return ret;
}

/* ---- the run ---- */

static int connect_qtest(struct fast *f, int lfd, const struct collect_options *o, struct error *err)
{
	struct strbuf tail = STRBUF_INIT;
	char how[64];
	int status, rc;

	for (;;) {
		rc = qtest_accept(&f->t, lfd, qmp_now_ms() + 20, err);
		if (rc <= 0)
			return rc;
		if (child_wait(0, &status) == 0) {
			child_exit_text(status, how, sizeof(how));
			child_stderr_tail(&tail);
			error_set(err, ERR_INPUT, "guest: '%s -machine %s -qtest' exited (%s) before qtest was ready%s",
				  o->qemu, o->machine, how, tail.buf);
			strbuf_release(&tail);
			return -1;
		}
		if (qmp_now_ms() >= f->deadline)
			return error_set(err, ERR_IO, "guest: no qtest connection within %ld s", o->timeout_s);
	}
}

static int guest_run(const struct collect_options *o, const struct fwcfg_where *where, struct json_object **files,
		     struct json_object **info, struct error *err)
{
	const char *sock = child_file("qtest.sock");
	char *qtarg = xstrfmt("unix:%s", sock);
	char *base[] = { (char *)o->qemu, "-machine", (char *)o->machine, "-accel", "tcg", "-S", "-display", "none",
			 "-m", RAM_MB, "-qtest", qtarg, "-qtest-log", "/dev/null", NULL };
	char **argv = child_argv(base, o->extra_args);
	struct fast f;
	struct fwcfg fc;
	struct json_object *cmd;
	const char *text;
	size_t i;
	int lfd = -1, ret = -1;

	memset(&f, 0, sizeof(f));
	*files = *info = NULL;
	f.files = json_object_new_object();
	f.needs_boot = json_object_new_array();
	f.deadline = qmp_now_ms() + (o->timeout_s > 0 ? o->timeout_s : COLLECT_DEFAULT_TIMEOUT_S) * 1000;
	if (qtest_listen(sock, &lfd, err) || child_spawn(argv, err) || connect_qtest(&f, lfd, o, err))
		goto fail;
	if (where && where->ecam) {
		f.ecam = where->ecam;
		f.hb = HB_ECAM;
	}
	if (fwcfg_open(&fc, f.t, where, f.deadline, err) || (!where && firmware_writes(&f, err)) ||
	    read_files(&f, &fc, err) || scan_pci(&f, err)) {
		error_prefix(err, "guest");
		child_note_exit(err);
		goto fail;
	}
	if (where && !where->ecam)
		json_object_array_add(f.needs_boot, json_object_new_string(
			"pci: no ECAM PCI host in the device tree: no PCI configuration space read"));
	*info = json_object_new_object();
	json_object_object_add(*info, "method", json_object_new_string(GUEST_FAST_METHOD));
	if (where) {
		char *at = xstrfmt("0x%llx", (unsigned long long)where->mmio);

		json_object_object_add(*info, "fw_cfg_mmio", json_object_new_string(at));
		free(at);
		if (where->ecam) {
			at = xstrfmt("0x%llx", (unsigned long long)where->ecam);
			json_object_object_add(*info, "pci_ecam", json_object_new_string(at));
			free(at);
		}
	}
	cmd = json_object_new_array();
	for (i = 0; argv[i]; i++)
		json_object_array_add(cmd, json_object_new_string(argv[i]));
	json_object_object_add(*info, "command", cmd);
	json_object_object_add(*info, "fw_cfg_dma", json_object_new_boolean(fc.dma));
	json_object_object_add(*info, "needs_boot", json_object_get(f.needs_boot));
	/* the note travels with the guest view itself, so the stored record keeps it */
	text = json_object_to_json_string_ext(*info, JSON_C_TO_STRING_PRETTY);
	add_file(&f, "collector.json", text, strlen(text));
	*files = json_object_get(f.files);
	ret = 0;
fail:
	if (lfd >= 0)
		close(lfd);
	unlink(sock);
	qtest_close(f.t);
	child_kill();
	json_object_put(f.files);
	json_object_put(f.needs_boot);
	free(argv);
	free(qtarg);
	return ret;
}

int guest_fast(const struct collect_options *o, struct json_object **files, struct json_object **info,
	       struct error *err)
{
	return guest_run(o, NULL, files, info, err);
}

int guest_fast_mmio(const struct collect_options *o, const struct fwcfg_where *where, struct json_object **files,
		    struct json_object **info, struct error *err)
{
	return guest_run(o, where, files, info, err);
}

int guest_fast_applies(const char *arch)
{
	return !arch || !strcmp(arch, "x86_64") || !strcmp(arch, "i386");
}
