/* probe.h: the in-guest probe's parts: reading sources into the dump, the pid-1 setup, CPUID. */
#ifndef ABIDB_PROBE_H
#define ABIDB_PROBE_H

#include "dump.h"

#define PROBE_MAX_NOTES 64

/* One probe run: the dump being built and the notes on what was missing. */
struct probe {
	struct dump d;
	char *notes[PROBE_MAX_NOTES];
	size_t nnotes;
	int verbose;
};

/* Record (and, verbose, print to stderr) a note: what could not be read and why. */
void note(struct probe *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Read a whole file into b (appending): 0, or -1 with errno. */
int read_file(const char *path, struct buf *b);

/* system.c: the pid-1 work of a booted probe and the qemu_fw_cfg module. */
int boot_mounts(struct probe *p);		/* mount /proc, /sys, devtmpfs on /dev */
void quiet_console(void);			/* console loglevel 1: no printk between our lines */
void load_fw_cfg(struct probe *p);		/* finit_module or modprobe qemu_fw_cfg, if absent */
int open_serial(const char *dev);		/* raw mode; -1 with errno */
void power_off(void);				/* sync, reboot(RB_POWER_OFF); never returns */

/* cpuid.c: every CPUID leaf and subleaf of CPU 0, one line each (docs/probe.md). */
void cpuid_text(struct probe *p, struct buf *out);

#endif
