/* boot.h: collect --boot: boot a kernel with the in-guest probe as /init and read its dump from the serial port. */
#ifndef ABIDB_BOOT_H
#define ABIDB_BOOT_H

#include <json-c/json.h>
#include <stddef.h>

#include "error.h"
#include "strbuf.h"

#define BOOT_DEFAULT_TIMEOUT_S 60
#define BOOT_KERNEL_DIR "/boot"

/* What to boot.  Strings are borrowed. */
struct boot_options {
	const char *qemu;	/* path to qemu-system-x86_64 */
	const char *machine;	/* a machine type */
	const char *kernel;	/* a bzImage; NULL: the newest BOOT_KERNEL_DIR/vmlinuz-* */
	long timeout_s;		/* the whole boot; 0: BOOT_DEFAULT_TIMEOUT_S */
	const char *console;	/* NULL, or a file that gets the raw serial output (kept on failure too) */
};

/*
 * Build an initramfs (the embedded abidb-probe as /init, the kernel's
 * qemu_fw_cfg module beside it), boot it with
 *   QEMU -machine M -m 512 -accel tcg -nographic -no-reboot
 *        -kernel K -initrd I -append 'console=ttyS0 quiet panic=-1'
 * (default devices only), and read the probe's framed dump from the
 * serial port.  On success *guest is the dump's "guest" section (an object
 * of base64 files, as docs/formats.md says) and *info says how it was made
 * (kernel, command line, seconds, the probe's notes); the caller owns both.
 * The error names the missing piece: no kernel, no answer within the
 * timeout, a corrupt frame, QEMU's own complaint.
 */
int collector_boot(const struct boot_options *o, struct json_object **guest, struct json_object **info,
		   struct error *err);

/* ---- the parts, for tests ---- */

/* The newest dir/vmlinuz-* (by version order): a new string, or -1 naming what is missing. */
int boot_find_kernel(const char *dir, char **path, struct error *err);
/* The release string a bzImage's header names ("6.1.0-57-amd64"): 0, or -1. */
int boot_kernel_release(const char *kernel, char *out, size_t size, struct error *err);
/*
 * Write a newc cpio (libarchive) to `path` holding /init (mode 0755, from
 * init/init_len), /dev/console, /proc, /sys and, when module_path is not
 * NULL, that module decompressed (xz, zstd, gzip) as
 * /lib/modules/<release>/kernel/drivers/firmware/qemu_fw_cfg.ko.
 */
int boot_initramfs(const char *path, const void *init, size_t init_len, const char *module_path,
		   const char *release, struct error *err);

/* The embedded probe (collector/probe-image.c). */
extern const unsigned char boot_probe_image[], boot_probe_image_end[];

#endif
