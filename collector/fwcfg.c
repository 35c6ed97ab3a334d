/* fwcfg.c: QEMU's fw_cfg read through qtest, and the table-loader splitter (see fwcfg.h). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fwcfg.h"
#include "util.h"

/* x86 fw_cfg ports (hw/nvram/fw_cfg.c, docs/specs/fw_cfg.rst) */
#define FW_CFG_PORT_SEL 0x510
#define FW_CFG_PORT_DATA 0x511
#define FW_CFG_PORT_DMA_HI 0x514
#define FW_CFG_PORT_DMA_LO 0x518
#define FW_CFG_DMA_CTL_ERROR 0x01
#define FW_CFG_DMA_CTL_READ 0x02
#define FW_CFG_DMA_CTL_SELECT 0x08

/* Guest RAM the DMA transfers use (the machine has -m 512 and runs no code). */
#define DMA_DESC_ADDR 0x10000ull
#define DMA_BUF_ADDR 0x100000ull
#define DMA_BUF_MAX (256u << 20)
#define PORT_BATCH 4096

#define LOADER_ENTRY 128
#define LOADER_FILESZ 56
#define LOADER_ALLOCATE 1
#define LOADER_ADD_POINTER 2
#define LOADER_ADD_CHECKSUM 3
#define TABLES_FILE "etc/acpi/tables"

static uint32_t le32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | (uint32_t)p[3];
}

static void put_be32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

/* the MMIO device's registers (hw/nvram/fw_cfg.c fw_cfg_mem: all big-endian) */
#define FW_CFG_MMIO_DATA 0
#define FW_CFG_MMIO_SEL 8
#define FW_CFG_MMIO_DMA 16

static int read_port(struct fwcfg *f, uint16_t key, size_t len, struct strbuf *out, struct error *err)
{
	struct strbuf cmds = STRBUF_INIT;
	uint64_t *vals = xcalloc(PORT_BATCH + 1, sizeof(*vals));
	size_t done = 0, i, n;
	int rc = f->mmio ? qtest_cmd(f->t, f->deadline, NULL, err, "writew 0x%llx 0x%x",
				     (unsigned long long)(f->mmio + FW_CFG_MMIO_SEL), __builtin_bswap16(key))
			 : qtest_cmd(f->t, f->deadline, NULL, err, "outw 0x%x 0x%x", FW_CFG_PORT_SEL, key);

	/* one reply per byte: send them in batches, not one round trip each */
	while (!rc && done < len) {
		n = len - done < PORT_BATCH ? len - done : PORT_BATCH;
		strbuf_reset(&cmds);
		for (i = 0; i < n; i++) {
			if (f->mmio)
				strbuf_addf(&cmds, "readb 0x%llx\n", (unsigned long long)(f->mmio + FW_CFG_MMIO_DATA));
			else
				strbuf_addf(&cmds, "inb 0x%x\n", FW_CFG_PORT_DATA);
		}
		rc = qtest_batch(f->t, &cmds, n, vals, NULL, f->deadline, err);
		for (i = 0; !rc && i < n; i++)
			strbuf_addch(out, (int)(vals[i] & 0xff));
		done += n;
	}
	strbuf_release(&cmds);
	free(vals);
	return rc;
}

static int read_dma(struct fwcfg *f, uint16_t key, size_t len, struct strbuf *out, struct error *err)
{
	unsigned char desc[16];
	struct strbuf ctl = STRBUF_INIT;
	uint64_t addr = f->ram + DMA_BUF_ADDR, desc_addr = f->ram + DMA_DESC_ADDR;
	uint32_t control;
	int rc;

	if (len > DMA_BUF_MAX)
		return error_set(err, ERR_INPUT, "fw_cfg: entry 0x%04x: %zu bytes, more than %u", key, len, DMA_BUF_MAX);
	/* FWCfgDmaAccess: be32 control, be32 length, be64 address */
	put_be32(desc, (uint32_t)key << 16 | FW_CFG_DMA_CTL_SELECT | FW_CFG_DMA_CTL_READ);
	put_be32(desc + 4, (uint32_t)len);
	put_be32(desc + 8, (uint32_t)(addr >> 32));
	put_be32(desc + 12, (uint32_t)addr);
	/* the DMA address register is big-endian: write the high half, then the low half, which starts it */
	rc = qtest_write_mem(f->t, desc_addr, desc, sizeof(desc), f->deadline, err);
	if (!rc && f->mmio)
		rc = qtest_cmd(f->t, f->deadline, NULL, err, "writel 0x%llx 0x%x",
			       (unsigned long long)(f->mmio + FW_CFG_MMIO_DMA), __builtin_bswap32((uint32_t)(desc_addr >> 32)));
	if (!rc && f->mmio)
		rc = qtest_cmd(f->t, f->deadline, NULL, err, "writel 0x%llx 0x%x",
			       (unsigned long long)(f->mmio + FW_CFG_MMIO_DMA + 4), __builtin_bswap32((uint32_t)desc_addr));
	if (!rc && !f->mmio)
		rc = qtest_cmd(f->t, f->deadline, NULL, err, "outl 0x%x 0x0", FW_CFG_PORT_DMA_HI);
	if (!rc && !f->mmio)
		rc = qtest_cmd(f->t, f->deadline, NULL, err, "outl 0x%x 0x%x", FW_CFG_PORT_DMA_LO,
			       __builtin_bswap32((uint32_t)desc_addr));
	if (!rc)
		rc = qtest_read_mem(f->t, desc_addr, 4, &ctl, f->deadline, err);
	if (!rc) {
		control = be32((const unsigned char *)ctl.buf);
		if (control & FW_CFG_DMA_CTL_ERROR)
			rc = error_set(err, ERR_INPUT, "fw_cfg: DMA read of entry 0x%04x failed", key);
		else if (control)
			rc = error_set(err, ERR_INPUT, "fw_cfg: DMA read of entry 0x%04x did not complete "
				       "(control 0x%08x)", key, control);
	}
	if (!rc)
		rc = qtest_read_mem(f->t, addr, len, out, f->deadline, err);
	strbuf_release(&ctl);
	return rc;
}

int fwcfg_read(struct fwcfg *f, uint16_t key, size_t len, struct strbuf *out, struct error *err)
{
	if (!len)
		return 0;
	return f->dma ? read_dma(f, key, len, out, err) : read_port(f, key, len, out, err);
}

int fwcfg_open(struct fwcfg *f, struct qtest *t, const struct fwcfg_where *where, long long deadline_ms,
	       struct error *err)
{
	struct strbuf b = STRBUF_INIT;
	int rc;

	f->t = t;
	f->deadline = deadline_ms;
	f->dma = 0;
	f->mmio = where ? where->mmio : 0;
	f->ram = where ? where->ram : 0;
	rc = read_port(f, FW_CFG_SIGNATURE, 4, &b, err);
	if (!rc && memcmp(b.buf, "QEMU", 4) && f->mmio)
		rc = error_set(err, ERR_INPUT, "fw_cfg: no \"QEMU\" signature at 0x%llx", (unsigned long long)f->mmio);
	else if (!rc && memcmp(b.buf, "QEMU", 4))
		rc = error_set(err, ERR_INPUT, "fw_cfg: no \"QEMU\" signature at port 0x%x", FW_CFG_PORT_SEL);
	strbuf_reset(&b);
	if (!rc)
		rc = read_port(f, FW_CFG_ID, 4, &b, err);
	if (!rc) {
		f->id = le32((const unsigned char *)b.buf);
		f->dma = !!(f->id & FW_CFG_VERSION_DMA);
	}
	strbuf_release(&b);
	return rc;
}

int fwcfg_read_dir(struct fwcfg *f, struct fwcfg_file **files, size_t *n, struct error *err)
{
	struct strbuf b = STRBUF_INIT;
	const unsigned char *p;
	uint32_t count, i;
	int rc;

	*files = NULL;
	*n = 0;
	rc = fwcfg_read(f, FW_CFG_FILE_DIR, 4, &b, err);
	if (rc)
		goto out;
	count = be32((const unsigned char *)b.buf);
	if (count > 4096) {
		rc = error_set(err, ERR_INPUT, "fw_cfg: file directory: %u entries", count);
		goto out;
	}
	strbuf_reset(&b);
	/* FWCfgFile: be32 size, be16 select, be16 reserved, char name[56] */
	rc = fwcfg_read(f, FW_CFG_FILE_DIR, 4 + (size_t)count * 64, &b, err);
	if (rc)
		goto out;
	*files = xcalloc(count ? count : 1, sizeof(**files));
	for (i = 0; i < count; i++) {
		p = (const unsigned char *)b.buf + 4 + (size_t)i * 64;
		(*files)[i].size = be32(p);
		(*files)[i].select = (uint16_t)(p[4] << 8 | p[5]);
		memcpy((*files)[i].name, p + 8, 56);
		(*files)[i].name[56] = '\0';
	}
	*n = count;
out:
	strbuf_release(&b);
	return rc;
}

/* ---- the table-loader script ---- */

static int is_tables_file(const unsigned char *name)
{
	return !strncmp((const char *)name, TABLES_FILE, LOADER_FILESZ);
}

static int span_cmp(const void *a, const void *b)
{
	const struct acpi_span *x = a, *y = b;

	return x->off < y->off ? -1 : x->off > y->off;
}

static void add_span(struct acpi_span **v, size_t *n, size_t *alloc, const unsigned char *tables,
		     size_t off, size_t len)
{
	if (*n == *alloc) {
		*alloc = *alloc ? 2 * *alloc : 16;
		*v = xrealloc(*v, *alloc * sizeof(**v));
	}
	memset(&(*v)[*n], 0, sizeof(**v));
	memcpy((*v)[*n].sig, tables + off, 4);
	(*v)[*n].off = off;
	(*v)[*n].len = len;
	(*n)++;
}

/* Linux's names: the signature, numbered from 1 when a signature occurs more than once. */
static void name_spans(struct acpi_span *v, size_t n)
{
	size_t i, j, count, seen;

	for (i = 0; i < n; i++) {
		for (j = 0, count = 0, seen = 0; j < n; j++) {
			if (!strcmp(v[j].sig, v[i].sig)) {
				count++;
				if (j <= i)
					seen++;
			}
		}
		if (count > 1)
			snprintf(v[i].name, sizeof(v[i].name), "%s%zu", v[i].sig, seen);
		else
			snprintf(v[i].name, sizeof(v[i].name), "%s", v[i].sig);
	}
}

int acpi_split_tables(const unsigned char *loader, size_t llen, unsigned char *tables, size_t tlen,
		      struct acpi_span **spans, size_t *n, struct error *err)
{
	struct acpi_span *v = NULL;
	size_t nv = 0, alloc = 0, e, i, k;

	*spans = NULL;
	*n = 0;
	for (e = 0; e + LOADER_ENTRY <= llen; e += LOADER_ENTRY) {
		const unsigned char *p = loader + e;
		uint32_t start, length, result, j;
		unsigned char sum = 0;

		if (le32(p) != LOADER_ADD_CHECKSUM || !is_tables_file(p + 4))
			continue;
		/* ADD_CHECKSUM: char file[56], le32 result offset, le32 start, le32 length */
		result = le32(p + 4 + LOADER_FILESZ);
		start = le32(p + 4 + LOADER_FILESZ + 4);
		length = le32(p + 4 + LOADER_FILESZ + 8);
		if (length < 36 || start > tlen || length > tlen - start || le32(tables + start + 4) != length ||
		    result < start || result >= start + length) {
			free(v);
			return error_set(err, ERR_INPUT, "etc/table-loader: entry %zu: ADD_CHECKSUM over 0x%x+0x%x "
					 "is not an ACPI table of etc/acpi/tables (%zu bytes)",
					 e / LOADER_ENTRY, start, length, tlen);
		}
		/* as the firmware does: the checksum byte minus the sum of the range (QEMU leaves it 0) */
		for (j = 0; j < length; j++)
			sum = (unsigned char)(sum + tables[start + j]);
		tables[result] = (unsigned char)(tables[result] - sum);
		add_span(&v, &nv, &alloc, tables, start, length);
	}
	/* the FACS: where the FADT's FIRMWARE_CTRL (offset 36) points */
	for (i = 0, k = nv; i < k; i++) {
		uint32_t facs;

		if (memcmp(v[i].sig, "FACP", 4) || v[i].len < 40)
			continue;
		facs = le32(tables + v[i].off + 36);
		if ((size_t)facs + 64 <= tlen && !memcmp(tables + facs, "FACS", 4) && le32(tables + facs + 4) >= 64 &&
		    le32(tables + facs + 4) <= tlen - facs)
			add_span(&v, &nv, &alloc, tables, facs, le32(tables + facs + 4));
	}
	qsort(v, nv, sizeof(*v), span_cmp);
	/* Linux shows neither RSDT nor XSDT */
	for (i = 0, k = 0; i < nv; i++)
		if (strcmp(v[i].sig, "RSDT") && strcmp(v[i].sig, "XSDT"))
			v[k++] = v[i];
	name_spans(v, k);
	*spans = v;
	*n = k;
	return 0;
}
