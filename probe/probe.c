/* probe.c: abidb-probe: run as root in a Linux guest, write what the guest sees as an abidb-dump v1 (docs/probe.md). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/klog.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <termios.h>
#include <unistd.h>

#include "probe.h"

#define ACPI_TABLES "/sys/firmware/acpi/tables"
#define ACPI_DEVICES "/sys/bus/acpi/devices"
#define PCI_DEVICES "/sys/bus/pci/devices"
#define DMI_TABLES "/sys/firmware/dmi/tables"
#define DMI_ID "/sys/class/dmi/id"
#define MEMMAP "/sys/firmware/memmap"
#define FW_CFG "/sys/firmware/qemu_fw_cfg"
#define FW_CFG_RAW_MAX 65536	/* larger fw_cfg files are listed, not copied (as in ../shared/data) */
#define SERIAL "/dev/ttyS0"

void note(struct probe *p, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (p->verbose)
		fprintf(stderr, "abidb-probe: %s\n", msg);
	if (p->nnotes < PROBE_MAX_NOTES && (p->notes[p->nnotes] = strdup(msg)))
		p->nnotes++;
}

int read_file(const char *path, struct buf *b)
{
	char tmp[65536];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return -1;
	for (;;) {
		n = read(fd, tmp, sizeof(tmp));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		buf_add(b, tmp, (size_t)n);
	}
	if (n < 0) {
		int e = errno;

		close(fd);
		errno = e;
		return -1;
	}
	close(fd);
	return 0;
}

/* A one-line sysfs attribute, trailing newline cut: 0, or -1 when absent or unreadable. */
static int read_attr(const char *dir, const char *name, char *out, size_t size)
{
	struct buf b = BUF_INIT;
	char path[1024];
	int rc;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	rc = read_file(path, &b);
	if (!rc && !b.failed && b.len < size) {
		while (b.len && (b.p[b.len - 1] == '\n' || b.p[b.len - 1] == ' '))
			b.len--;
		memcpy(out, b.p ? b.p : "", b.len);
		out[b.len] = '\0';
	} else {
		rc = -1;
	}
	buf_free(&b);
	return rc;
}

/* Copy one file into the dump as `name`; a note when it cannot be read. */
static int add_file(struct probe *p, const char *path, const char *name)
{
	struct buf b = BUF_INIT;

	if (read_file(path, &b)) {
		note(p, "cannot read '%s': %s", path, strerror(errno));
		buf_free(&b);
		return -1;
	}
	dump_file(&p->d, name, b.p ? b.p : "", b.len);
	buf_free(&b);
	return 0;
}

static int skip_dot(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

/* Entries of dir sorted by name (numerically where both are numbers); -1 with a note when absent. */
static int cmp_names(const struct dirent **a, const struct dirent **b)
{
	char *ea, *eb;
	unsigned long x = strtoul((*a)->d_name, &ea, 10), y = strtoul((*b)->d_name, &eb, 10);

	if (!*ea && !*eb && ea != (*a)->d_name && eb != (*b)->d_name)
		return x < y ? -1 : x > y;
	return strcmp((*a)->d_name, (*b)->d_name);
}

static int list_dir(struct probe *p, const char *dir, struct dirent ***out)
{
	int n = scandir(dir, out, skip_dot, cmp_names);

	if (n < 0)
		note(p, "cannot list '%s': %s", dir, strerror(errno));
	return n;
}

static void free_list(struct dirent **v, int n)
{
	int i;

	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static int is_dir(const char *path)
{
	struct stat st;

	return !stat(path, &st) && S_ISDIR(st.st_mode);
}

/* ---- sources ---- */

static void acpi_tables(struct probe *p, const char *dir, const char *prefix)
{
	struct dirent **v;
	char path[1024], name[512];
	int i, n = list_dir(p, dir, &v);

	for (i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, v[i]->d_name);
		if (is_dir(path))
			continue;	/* data/, dynamic/ (read separately) */
		snprintf(name, sizeof(name), "%s%s.bin", prefix, v[i]->d_name);
		add_file(p, path, name);
	}
	if (n >= 0)
		free_list(v, n);
}

/* The evaluated namespace: one object per /sys/bus/acpi/devices entry (acpi-ns.json). */
static void acpi_namespace(struct probe *p)
{
	static const char *const attrs[] = { "path", "hid", "uid", "adr", "status" };
	struct buf j = BUF_INIT;
	struct dirent **v;
	char dir[1024], val[512];
	int i, n = list_dir(p, ACPI_DEVICES, &v);
	size_t k;

	if (n < 0)
		return;
	buf_adds(&j, "[");
	for (i = 0; i < n; i++) {
		snprintf(dir, sizeof(dir), "%s/%s", ACPI_DEVICES, v[i]->d_name);
		buf_adds(&j, i ? ",\n {\"name\": " : "\n {\"name\": ");
		buf_add_json_string(&j, v[i]->d_name);
		for (k = 0; k < sizeof(attrs) / sizeof(attrs[0]); k++) {
			if (read_attr(dir, attrs[k], val, sizeof(val)))
				continue;	/* no such method: the attribute is absent */
			buf_addf(&j, ", \"%s\": ", attrs[k]);
			buf_add_json_string(&j, val);
		}
		buf_adds(&j, "}");
	}
	buf_adds(&j, "\n]\n");
	dump_file(&p->d, "acpi-ns.json", j.p, j.len);
	buf_free(&j);
	free_list(v, n);
}

static void pci_json(const char *dir, const char *config, struct buf *j)
{
	static const char *const attrs[] = { "class", "device", "irq", "revision", "subsystem_device",
					     "subsystem_vendor", "vendor" };
	struct buf res = BUF_INIT;
	struct stat st;
	char path[1100], val[256], *line, *save = NULL;
	size_t k;

	buf_adds(j, "{\n");
	for (k = 0; k < sizeof(attrs) / sizeof(attrs[0]); k++)
		if (!read_attr(dir, attrs[k], val, sizeof(val))) {
			buf_addf(j, " \"%s\": ", attrs[k]);
			buf_add_json_string(j, val);
			buf_adds(j, ",\n");
		}
	if (!stat(config, &st))
		buf_addf(j, " \"config_size\": %lld,\n", (long long)st.st_size);
	buf_adds(j, " \"resource\": [");
	snprintf(path, sizeof(path), "%s/resource", dir);
	if (!read_file(path, &res) && res.p) {
		for (k = 0, line = strtok_r(res.p, "\n", &save); line; line = strtok_r(NULL, "\n", &save), k++) {
			buf_adds(j, k ? ",\n  " : "\n  ");
			buf_add_json_string(j, line);
		}
	}
	buf_adds(j, "\n ]\n}\n");
	buf_free(&res);
}

static void pci_devices(struct probe *p)
{
	struct dirent **v;
	char dir[1024], path[1100], name[512];
	int i, n = list_dir(p, PCI_DEVICES, &v);

	for (i = 0; i < n; i++) {
		struct buf j = BUF_INIT;

		snprintf(dir, sizeof(dir), "%s/%s", PCI_DEVICES, v[i]->d_name);
		snprintf(path, sizeof(path), "%s/config", dir);
		snprintf(name, sizeof(name), "pci/%s.config", v[i]->d_name);
		if (add_file(p, path, name))
			continue;
		pci_json(dir, path, &j);
		snprintf(name, sizeof(name), "pci/%s.json", v[i]->d_name);
		dump_file(&p->d, name, j.p, j.len);
		buf_free(&j);
	}
	if (n >= 0)
		free_list(v, n);
}

static void smbios(struct probe *p)
{
	struct dirent **v;
	char path[1024], name[512];
	int i, n;

	add_file(p, DMI_TABLES "/smbios_entry_point", "dmi/smbios_entry_point.bin");
	add_file(p, DMI_TABLES "/DMI", "dmi/DMI.bin");
	n = list_dir(p, DMI_ID, &v);	/* the kernel's decoded strings: kept, not decoded */
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", DMI_ID, v[i]->d_name);
		if (is_dir(path))
			continue;
		snprintf(name, sizeof(name), "dmi/id/%s", v[i]->d_name);
		add_file(p, path, name);
	}
	if (n >= 0)
		free_list(v, n);
}

static void memmap(struct probe *p)
{
	struct buf j = BUF_INIT;
	struct dirent **v;
	char dir[1024], start[64], end[64], type[128];
	int i, n = list_dir(p, MEMMAP, &v), k = 0;

	if (n < 0)
		return;
	buf_adds(&j, "[");
	for (i = 0; i < n; i++) {
		if (strspn(v[i]->d_name, "0123456789") != strlen(v[i]->d_name))
			continue;	/* not a region */
		snprintf(dir, sizeof(dir), "%s/%s", MEMMAP, v[i]->d_name);
		if (read_attr(dir, "start", start, sizeof(start)) || read_attr(dir, "end", end, sizeof(end)) ||
		    read_attr(dir, "type", type, sizeof(type))) {
			note(p, "cannot read '%s'", dir);
			continue;
		}
		buf_addf(&j, "%s\n {\n  \"index\": %s,\n  \"start\": \"%s\",\n  \"end\": \"%s\",\n  \"type\": ",
			 k++ ? "," : "", v[i]->d_name, start, end);
		buf_add_json_string(&j, type);
		buf_adds(&j, "\n }");
	}
	buf_adds(&j, "\n]");
	dump_file(&p->d, "memmap.json", j.p, j.len);
	buf_free(&j);
	free_list(v, n);
}

/* by_name.txt: every path under by_name/, depth first in name order */
static void fw_cfg_names(struct probe *p, const char *dir, const char *rel, struct buf *out)
{
	struct dirent **v;
	char sub[1024], subrel[1024];
	int i, n = scandir(dir, &v, skip_dot, cmp_names);

	buf_addf(out, "%s\n", rel);
	for (i = 0; i < n; i++) {
		snprintf(sub, sizeof(sub), "%s/%s", dir, v[i]->d_name);
		snprintf(subrel, sizeof(subrel), "%s/%s", rel, v[i]->d_name);
		if (is_dir(sub))
			fw_cfg_names(p, sub, subrel, out);
		else
			buf_addf(out, "%s\n", subrel);
	}
	if (n >= 0)
		free_list(v, n);
}

/* Option ROMs are recorded by hash and size, as ../shared/data does. */
static int fw_cfg_is_rom(const char *name)
{
	return !strncmp(name, "genroms/", 8) || !strncmp(name, "vgaroms/", 8);
}

static void fw_cfg(struct probe *p)
{
	struct buf list = BUF_INIT, names = BUF_INIT;
	struct dirent **v;
	char dir[1024], path[1100], name[512], size[64];
	int i, n;

	if (!is_dir(FW_CFG))
		return;	/* load_fw_cfg() said why */
	add_file(p, FW_CFG "/rev", "fw_cfg/rev");
	n = list_dir(p, FW_CFG "/by_key", &v);
	for (i = 0; i < n; i++) {
		struct buf raw = BUF_INIT;
		unsigned long sz;

		snprintf(dir, sizeof(dir), "%s/by_key/%s", FW_CFG, v[i]->d_name);
		if (read_attr(dir, "name", name, sizeof(name)) || read_attr(dir, "size", size, sizeof(size))) {
			note(p, "cannot read '%s'", dir);
			continue;
		}
		buf_addf(&list, "%s %s %s\n", v[i]->d_name, size, name);
		sz = strtoul(size, NULL, 10);
		if (strstr(name, "..") || (!fw_cfg_is_rom(name) && sz > FW_CFG_RAW_MAX))
			continue;
		snprintf(path, sizeof(path), "%s/raw", dir);
		if (read_file(path, &raw)) {
			note(p, "cannot read '%s': %s", path, strerror(errno));
		} else if (fw_cfg_is_rom(name)) {
			char hex[65], line[100], fname[600];

			sha256_hex64(raw.p ? raw.p : "", raw.len, hex);
			snprintf(line, sizeof(line), "%s  %zu\n", hex, raw.len);
			snprintf(fname, sizeof(fname), "fw_cfg/raw/%s.sha256", name);
			dump_file(&p->d, fname, line, strlen(line));
		} else {
			char fname[600];

			snprintf(fname, sizeof(fname), "fw_cfg/raw/%s", name);
			dump_file(&p->d, fname, raw.p ? raw.p : "", raw.len);
		}
		buf_free(&raw);
	}
	if (n >= 0)
		free_list(v, n);
	dump_file(&p->d, "fw_cfg/listing.txt", list.p ? list.p : "", list.len);
	fw_cfg_names(p, FW_CFG "/by_name", "by_name", &names);
	dump_file(&p->d, "fw_cfg/by_name.txt", names.p, names.len);
	buf_free(&list);
	buf_free(&names);
}

static void cpu(struct probe *p)
{
	struct buf b = BUF_INIT;

	add_file(p, "/proc/cpuinfo", "cpuinfo.txt");
	cpuid_text(p, &b);
	if (b.len)
		dump_file(&p->d, "cpuid.txt", b.p, b.len);
	buf_free(&b);
}

/* Kept raw, not decoded (docs/formats.md): for a reader of the dump. */
static void context(struct probe *p)
{
	static const char *const files[] = { "iomem", "ioports", "interrupts", "cmdline", "version" };
	char path[64], name[64];
	size_t i;
	int n;

	for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		snprintf(path, sizeof(path), "/proc/%s", files[i]);
		snprintf(name, sizeof(name), "proc/%s", files[i]);
		add_file(p, path, name);
	}
	n = klogctl(10 /* SYSLOG_ACTION_SIZE_BUFFER */, NULL, 0);
	if (n > 0) {
		char *log = malloc((size_t)n);

		if (log && (n = klogctl(3 /* SYSLOG_ACTION_READ_ALL */, log, n)) >= 0)
			dump_file(&p->d, "dmesg.txt", log, (size_t)n);
		free(log);
	}
}

static void collect(struct probe *p)
{
	acpi_tables(p, ACPI_TABLES, "acpi/");
	if (is_dir(ACPI_TABLES "/dynamic"))
		acpi_tables(p, ACPI_TABLES "/dynamic", "acpi/dynamic/");
	acpi_namespace(p);
	pci_devices(p);
	smbios(p);
	memmap(p);
	load_fw_cfg(p);
	fw_cfg(p);
	cpu(p);
	context(p);
}

/* ---- main ---- */

static void usage(FILE *f)
{
	fputs("usage: abidb-probe [-o FILE] [--frame] [-v]\n"
	      "Run as root in a Linux guest: write what it sees (ACPI, PCI, SMBIOS, e820, fw_cfg, CPUID)\n"
	      "as an abidb-dump to FILE or standard output, for `abidb import` or `abidb identify`.\n"
	      "--frame: wrap it in the serial frame (docs/probe.md).  As pid 1 (an initramfs /init) it\n"
	      "mounts /proc, /sys and /dev, writes the frame to " SERIAL " and powers off.\n", f);
}

int main(int argc, char **argv)
{
	struct probe p;
	struct utsname u;
	const char *out = "-";
	int init = getpid() == 1, frame = 0, fd = 1, i, rc = 1;
	size_t k;

	memset(&p, 0, sizeof(p));
	for (i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-o") && i + 1 < argc) {
			out = argv[++i];
		} else if (!strcmp(argv[i], "--frame")) {
			frame = 1;
		} else if (!strcmp(argv[i], "-v")) {
			p.verbose = 1;
		} else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
			usage(stdout);
			return 0;
		} else if (!init) {
			fprintf(stderr, "abidb-probe: unknown argument '%s'\n", argv[i]);
			usage(stderr);
			return 2;
		}
	}
	if (init) {
		boot_mounts(&p);
		quiet_console();
		frame = 1;
		fd = open_serial(SERIAL);
		if (fd < 0)
			fd = 1;	/* /dev/console, which the kernel opened for us */
	} else if (geteuid() != 0) {
		fprintf(stderr, "abidb-probe: must run as root: PCI config space past 64 bytes, SMBIOS, fw_cfg and "
			"the kernel log are root-only\n");
		return 1;
	}
	if (uname(&u))
		strcpy(u.release, "?");
	dump_begin(&p.d);
	collect(&p);
	dump_end(&p.d, u.release, (const char *const *)p.notes, p.nnotes);
	if (p.d.json.failed) {
		fprintf(stderr, "abidb-probe: out of memory\n");
	} else if (!p.d.nfiles) {
		fprintf(stderr, "abidb-probe: nothing to record: is this Linux with sysfs on /sys?\n");
		if (init)
			dprintf(fd, "\nABIDB-PROBE-ERROR nothing to record (no sysfs?)\n");
	} else {
		if (!init && strcmp(out, "-")) {
			fd = open(out, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
			if (fd < 0) {
				fprintf(stderr, "abidb-probe: cannot create '%s': %s\n", out, strerror(errno));
				goto out;
			}
		}
		if (frame ? frame_write(fd, p.d.json.p, p.d.json.len) : write_all(fd, p.d.json.p, p.d.json.len))
			fprintf(stderr, "abidb-probe: cannot write '%s': %s\n", init ? SERIAL : out, strerror(errno));
		else
			rc = 0;
		if (init)
			tcdrain(fd);	/* every byte out of the UART before the power goes */
		if (fd > 2 && close(fd) && !rc) {
			fprintf(stderr, "abidb-probe: cannot write '%s': %s\n", out, strerror(errno));
			rc = 1;
		}
	}
out:
	for (k = 0; k < p.nnotes; k++)
		free(p.notes[k]);
	buf_free(&p.d.json);
	if (init)
		power_off();
	return rc;
}
