/* test-fixup.c: fixup on the real sample (pc-q35-5.0, 5.0.0 -> 8.2.2): its options as argv, command line and JSON; key types; a fixup of a release with itself. */
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "fixup.h"
#include "t-db.h"
#include "util.h"

static const char *const rel[] = { "5.0.0", "8.2.2", NULL };

/* Each option is one argv pair: -global DRIVER.PROP=VALUE, then one -machine M,PROP=VALUE,... */
Test(fixup, argv_command_line_and_json_say_the_same_options, .timeout = 120)
{
	char path[256];
	struct store *st = t_db_new(rel, path);
	struct error err = ERROR_INIT;
	struct fixup f;
	struct json_object *j, *v, *opts;
	char **argv, *cl;
	size_t i, n, vga, globals = 0, machines = 0;

	cr_assert_eq(fixup_compute(st, "pc-q35-5.0", "5.0.0", "8.2.2", &f, &err), 0, "%s", err.msg);
	cr_assert_gt(f.noptions, 0);
	argv = fixup_argv(&f);
	cl = fixup_command_line(&f);
	for (i = 0; i < f.noptions; i++) {
		globals += f.options[i].kind == FIXUP_GLOBAL;
		machines += f.options[i].kind == FIXUP_MACHINE;
	}
	for (n = 0, vga = 0; argv[n]; n++)
		vga += !strcmp(argv[n], "-vga");
	/* -global VGA.* drops QEMU's default VGA: -vga std keeps it */
	cr_assert_eq(vga, 1);
	cr_assert_eq(n, 2 * globals + 2 * vga + (machines ? 2 : 0));
	for (i = 0; i < f.noptions; i++) {
		const struct fixup_option *o = &f.options[i];
		char *word = o->kind == FIXUP_GLOBAL ? xstrfmt("%s.%s=%s", o->driver, o->prop, o->value)
						     : xstrfmt(",%s=%s", o->prop, o->value);

		if (!strchr(o->value, ',') && o->kind == FIXUP_GLOBAL) {
			size_t k;
			int found = 0;

			for (k = 0; k + 1 < n; k += 2)
				found |= !strcmp(argv[k], "-global") && !strcmp(argv[k + 1], word);
			cr_assert(found, "no argv pair for %s", word);
		}
		if (!strchr(o->value, ',') && !strchr(o->value, '\''))
			cr_assert(strstr(cl, word), "'%s' not in %s", word, cl);
		free(word);
	}
	if (machines) {
		cr_assert_str_eq(argv[n - 2], "-machine");
		cr_assert(starts_with(argv[n - 1], "pc-q35-5.0,"), "%s", argv[n - 1]);
	}

	j = fixup_json(&f);
	cr_assert(json_object_object_get_ex(j, "options", &opts));
	cr_assert_eq((size_t)json_object_array_length(opts), f.noptions);
	cr_assert(json_object_object_get_ex(j, "command_line", &v));
	cr_assert_str_eq(json_object_get_string(v), cl);
	cr_assert(json_object_object_get_ex(j, "complete", &v));
	cr_assert_eq(json_object_get_boolean(v), f.nunrestorable == 0);
	json_object_put(j);

	for (i = 0; argv[i]; i++)
		free(argv[i]);
	free(argv);
	free(cl);
	fixup_release(&f);
	t_db_done(st, path);
}

/* A release needs nothing to present its own ABI. */
Test(fixup, a_release_with_itself_needs_no_option, .timeout = 120)
{
	char path[256];
	struct store *st = t_db_new(rel, path);
	struct error err = ERROR_INIT;
	struct fixup f;
	char *cl;

	cr_assert_eq(fixup_compute(st, "pc-q35-2.11", "5.0.0", "8.2.2", &f, &err), -1,
		     "pc-q35-2.11 is only in the 7.2.22 sample");
	cr_assert_eq(err.code, ERR_NOTFOUND);
	error_clear(&err);
	cr_assert_eq(fixup_compute(st, "pc-q35-5.0", "5.0.0", "5.0.0", &f, &err), 0, "%s", err.msg);
	cr_assert_eq(f.noptions, 0);
	cr_assert_eq(f.nunrestorable, 0);
	cl = fixup_command_line(&f);
	cr_assert_str_eq(cl, "");
	free(cl);
	fixup_release(&f);
	t_db_done(st, path);
}

/* QEMU's syntax: a comma in a value is doubled; the shell fragment quotes what needs it. */
Test(fixup, values_are_escaped_for_qemu_and_the_shell)
{
	struct fixup_option opts[] = {
		{ FIXUP_GLOBAL, "virtio-net-pci", "romfile", "a,b", "qom/x/romfile", 1, "a,b", "str", "a,b" },
		{ FIXUP_GLOBAL, "e1000", "x-label", "it's", "qom/y/x-label", 1, "it's", "str", "it's" },
		{ FIXUP_MACHINE, "pc-q35-5.0", "smm", "off", "qom/machine/smm", 1, "false", "OnOffAuto", "off" },
	};
	struct fixup f;
	char **argv, *cl;
	size_t i;

	fixup_init(&f);
	f.machine = "pc-q35-5.0";
	f.options = opts;
	f.noptions = 3;
	argv = fixup_argv(&f);
	cr_assert_str_eq(argv[1], "virtio-net-pci.romfile=a,,b");
	cr_assert_str_eq(argv[3], "e1000.x-label=it's");
	cr_assert_str_eq(argv[4], "-machine");
	cr_assert_str_eq(argv[5], "pc-q35-5.0,smm=off");
	cr_assert_null(argv[6]);
	cl = fixup_command_line(&f);
	cr_assert_str_eq(cl, "-global virtio-net-pci.romfile=a,,b -global 'e1000.x-label=it'\\''s' "
		      "-machine pc-q35-5.0,smm=off");
	for (i = 0; argv[i]; i++)
		free(argv[i]);
	free(argv);
	free(cl);
}

Test(fixup, key_types_as_qom_names_them)
{
	static const char *const cases[][2] = {
		{ "e1000e@pcie.0:02.0", "e1000e" },
		{ "peripheral-anon/device[0]", "device[0]" },
		{ "ICH9-LPC#2", "ICH9-LPC" },
		{ "pcie-root-port:1c.0", "pcie-root-port" },
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		char *t = qom_key_type(cases[i][0]);

		cr_assert_str_eq(t, cases[i][1], "%s", cases[i][0]);
		free(t);
	}
}

/* Each value rendered in the target's type: bool, OnOffAuto, numbers in range, strings; or why not. */
Test(fixup, values_in_the_target_type)
{
	static const struct {
		char from[24], to[24], v[16], qemu[16], fact[16];
	} ok[] = {
		{ "uint32", "bool", "0", "off", "false" },	/* isa-serial.wakeup, 5.0 -> 6.x */
		{ "bool", "bool", "true", "on", "true" },
		{ "bool", "OnOffAuto", "true", "on", "on" },	/* machine pit, 5.0 -> 7.x */
		{ "OnOffAuto", "OnOffAuto", "auto", "auto", "auto" },
		{ "uint16", "size", "512", "512", "512" },	/* ide-cd logical_block_size */
		{ "int32", "int32", "-1", "-1", "-1" },
		{ "bool", "uint8", "true", "1", "1" },
		{ "str", "str", "a,b", "a,b", "a,b" },		/* argv doubles the comma */
		{ "LostTickPolicy", "LostTickPolicy", "delay", "delay", "delay" },
		{ "", "PCSouthBridgeOption", "piix3", "", "" },	/* unknown enum: only from the same type */
	};
	static const struct {
		char from[24], to[24], v[16], why[48];
	} bad[] = {
		{ "uint32", "bool", "2", "cannot express the old value '2'" },
		{ "str", "OnOffAuto", "maybe", "cannot express the old value 'maybe'" },
		{ "uint32", "uint8", "300", "cannot express the old value '300'" },
		{ "int32", "uint32", "-1", "cannot express the old value '-1'" },
		{ "str", "strList", "x", "no option syntax abidb knows" },
		{ "str", "SomeEnum", "x", "no option syntax abidb knows" },
		{ "str", "", "x", "holds no type for this property" },
	};
	char *q, *f, *why;
	size_t i;

	for (i = 0; i < ARRAY_SIZE(ok); i++) {
		const char *to = ok[i].to;

		if (!ok[i].qemu[0]) {
			cr_assert_eq(fixup_render_value(to, to, ok[i].v, &q, &f, &why), 0, "%s", ok[i].to);
			cr_assert_str_eq(q, ok[i].v);
		} else {
			cr_assert_eq(fixup_render_value(ok[i].from, to, ok[i].v, &q, &f, &why), 0, "%s %s", to, why);
			cr_assert_str_eq(q, ok[i].qemu, "%s %s", to, ok[i].v);
			cr_assert_str_eq(f, ok[i].fact, "%s %s", to, ok[i].v);
		}
		cr_assert_null(why);
		free(q);
		free(f);
	}
	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		cr_assert_eq(fixup_render_value(bad[i].from, bad[i].to[0] ? bad[i].to : NULL, bad[i].v, &q, &f, &why),
			     -1, "%s %s", bad[i].to, bad[i].v);
		cr_assert_null(q);
		cr_assert(why && strstr(why, bad[i].why), "%s", why);
		free(why);
	}
}
