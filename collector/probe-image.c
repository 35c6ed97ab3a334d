/* probe-image.c: the static abidb-probe binary, embedded at build time: the /init of collect --boot. */
#include "boot.h"

#ifndef PROBE_IMAGE
#error "build with -DPROBE_IMAGE='\"path/to/abidb-probe\"' (the Makefile does)"
#endif

__asm__(".section .rodata\n"
	".balign 16\n"
	".globl boot_probe_image\n"
	"boot_probe_image:\n"
	".incbin \"" PROBE_IMAGE "\"\n"
	".globl boot_probe_image_end\n"
	"boot_probe_image_end:\n"
	".byte 0\n"
	".previous\n");
