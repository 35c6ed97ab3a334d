/* cpuid.c: the raw CPUID leaves of CPU 0, read with the cpuid instruction itself. */
#include <sched.h>
#include <stdint.h>

#include "probe.h"

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>

static void leaf(struct buf *out, uint32_t l, uint32_t s, uint32_t r[4])
{
	__cpuid_count(l, s, r[0], r[1], r[2], r[3]);
	buf_addf(out, "0x%08x 0x%x eax=0x%08x ebx=0x%08x ecx=0x%08x edx=0x%08x\n", l, s, r[0], r[1], r[2], r[3]);
}

/* Leaves first..last, each with the subleaves it defines. */
static void range(struct buf *out, uint32_t first, uint32_t last)
{
	uint32_t l, s, r[4], r0[4], r1[4];
	uint64_t mask;

	for (l = first; l <= last; l++) {
		switch (l) {
		case 0x4: case 0x8000001d:	/* cache levels: until type 0 */
			for (s = 0; s < 32; s++) {
				leaf(out, l, s, r);
				if (!(r[0] & 0x1f))
					break;
			}
			break;
		case 0x7: case 0x14: case 0x17: case 0x18: case 0x1d: case 0x20: case 0x23:
			leaf(out, l, 0, r0);	/* eax: the last subleaf */
			for (s = 1; s <= r0[0] && s < 32; s++)
				leaf(out, l, s, r);
			break;
		case 0xb: case 0x1f:		/* topology levels: until level type 0 */
			for (s = 0; s < 16; s++) {
				leaf(out, l, s, r);
				if (!((r[2] >> 8) & 0xff))
					break;
			}
			break;
		case 0xd:			/* XSAVE components of XCR0 | IA32_XSS */
			leaf(out, l, 0, r0);
			leaf(out, l, 1, r1);
			mask = ((uint64_t)r0[3] << 32 | r0[0]) | ((uint64_t)r1[3] << 32 | r1[2]);
			for (s = 2; s < 64; s++)
				if (mask >> s & 1)
					leaf(out, l, s, r);
			break;
		case 0xf: case 0x10: case 0x12:
			for (s = 0; s < 4; s++)
				leaf(out, l, s, r);
			break;
		default:
			leaf(out, l, 0, r);
		}
	}
}

void cpuid_text(struct probe *p, struct buf *out)
{
	uint32_t r[4];
	cpu_set_t set;

	/* leaf 1 EBX and leaf 0xb EDX hold the APIC id of the CPU we run on: read CPU 0's */
	CPU_ZERO(&set);
	CPU_SET(0, &set);
	if (sched_setaffinity(0, sizeof(set), &set))
		note(p, "cpuid: cannot run on CPU 0; the APIC ids are those of another CPU");
	__cpuid(0, r[0], r[1], r[2], r[3]);
	range(out, 0, r[0] < 0x100 ? r[0] : 0xff);
	__cpuid(0x40000000, r[0], r[1], r[2], r[3]);
	if (r[0] >= 0x40000000 && r[0] <= 0x400000ff)
		range(out, 0x40000000, r[0]);
	__cpuid(0x80000000, r[0], r[1], r[2], r[3]);
	if (r[0] >= 0x80000000 && r[0] <= 0x800000ff)
		range(out, 0x80000000, r[0]);
}
#else
void cpuid_text(struct probe *p, struct buf *out)
{
	(void)out;
	note(p, "cpuid: not an x86 CPU");
}
#endif
