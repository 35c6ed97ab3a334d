/* test-fixup-verify.c: fixup --verify's comparison on the real sample (pc-q35-5.0, 5.0.0 -> 7.2.22): which option a QEMU message names, restored and residual with their origins. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "fixup-verify.h"
#include "fixup.h"
#include "t-db.h"

static const char *const rel[] = { "5.0.0", "7.2.22", NULL };

static ssize_t option_of(const struct fixup *f, const char *prop)
{
	size_t i;

	for (i = 0; i < f->noptions; i++)
		if (!strcmp(f->options[i].prop, prop))
			return (ssize_t)i;
	return -1;
}

/* QEMU 7.2's own messages (tests/collect/fixup-verify.sh gets them from the real binary) */
Test(fixup_verify, qemu_messages_name_their_option, .timeout = 120)
{
	char path[256];
	struct store *st = t_db_new(rel, path);
	struct error err = ERROR_INIT;
	struct fixup f;
	ssize_t xres, pit;

	cr_assert_eq(fixup_compute(st, "pc-q35-5.0", "5.0.0", "7.2.22", &f, &err), 0, "%s", err.msg);
	xres = option_of(&f, "xres");
	pit = option_of(&f, "pit");
	cr_assert(xres >= 0 && pit >= 0);
	cr_assert_eq(fixup_option_named(&f, "qemu-system-x86_64: can't apply global VGA.xres=abc: Parameter 'xres' "
				  "expects uint64"), xres);
	cr_assert_eq(fixup_option_named(&f, "qemu-system-x86_64: Property 'pc-q35-5.0-machine.pit' not found"), pit);
	cr_assert_eq(fixup_option_named(&f, "qemu-system-x86_64: Parameter 'pit' does not accept value 'maybe'"), pit);
	cr_assert_eq(fixup_option_named(&f, "qemu-system-x86_64: warning: global VGA.xres=1024 not used"), xres);
	cr_assert_eq(fixup_option_named(&f, "qemu-system-x86_64: warning: global nodev.x has invalid class name"), -1);
	cr_assert_eq(fixup_option_named(&f, "qemu-system-x86_64: could not load PC BIOS 'bios-256k.bin'"), -1);
	{
		char *t = fixup_option_text(&f, (size_t)pit);

		cr_assert_str_eq(t, "-machine pc-q35-5.0,pit=on");
		free(t);
	}
	fixup_release(&f);
	t_db_done(st, path);
}

/*
 * A "run" that shows Y unchanged (the options did nothing): nothing restored, every option's property
 * missed; a run that shows X exactly: everything restored, no residual.
 */
Test(fixup_verify, restored_and_residual_from_two_diffs, .timeout = 120)
{
	char path[256];
	struct store *st = t_db_new(rel, path);
	struct error err = ERROR_INIT;
	struct record_row rx, ry;
	struct diff_opts o;
	struct diff xy, none;
	struct fixup f;
	struct fixup_verify v;
	size_t i, counted = 0;

	memset(&o, 0, sizeof(o));
	cr_assert_eq(fixup_compute(st, "pc-q35-5.0", "5.0.0", "7.2.22", &f, &err), 0, "%s", err.msg);
	cr_assert_eq(catalog_find_record(st, "5.0.0", "pc-q35-5.0", &rx, &err), 0, "%s", err.msg);
	cr_assert_eq(catalog_find_record(st, "7.2.22", "pc-q35-5.0", &ry, &err), 0, "%s", err.msg);
	cr_assert_eq(diff_record_rows(st, &rx, &ry, &o, &xy, &err), 0, "%s", err.msg);
	for (i = 0; i < xy.nr; i++)
		counted += !xy.v[i].expected && xy.v[i].severity >= SEV_CHANGE;

	fixup_verify_init(&v);
	fixup_verify_compare(&f, &xy, &xy, &v);
	cr_assert_eq(v.compared, counted);
	cr_assert_eq(v.nrestored, 0);
	cr_assert_eq(v.nresidual, counted);
	cr_assert_eq(v.by_origin[FIXUP_RES_MISSED], f.noptions, "each option's property still differs");
	cr_assert_eq(v.by_origin[FIXUP_RES_NEW], 0);
	cr_assert_gt(v.by_origin[FIXUP_RES_UNRESTORABLE], 0);
	cr_assert_gt(v.by_origin[FIXUP_RES_RENAMED], 0, "the SMBus controller (ICH9 SMB -> ICH9-SMB)");
	cr_assert_eq(v.breaks + v.changes, v.nresidual);
	fixup_verify_release(&v);

	diff_init(&none);
	fixup_verify_init(&v);
	fixup_verify_compare(&f, &xy, &none, &v);
	cr_assert_eq(v.nrestored, counted);
	cr_assert_eq(v.nresidual, 0);
	fixup_verify_release(&v);

	diff_release(&xy);
	record_row_release(&rx);
	record_row_release(&ry);
	fixup_release(&f);
	t_db_done(st, path);
}
