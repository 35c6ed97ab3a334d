/* boot.c: collect --boot: an initramfs with the probe as /init, a TCG boot of it, the dump read off the serial port. */
#include <archive.h>
#include <archive_entry.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "boot.h"
#include "frame.h"
#include "util.h"

#define CONSOLE_MAX (64u << 20)	/* serial output kept, at most */
#define EXIT_GRACE_MS 5000	/* after the frame: time for the power-off */
#define APPEND "console=ttyS0 quiet panic=-1"

static long long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- the kernel ---- */

int boot_find_kernel(const char *dir, char **path, struct error *err)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char *best = NULL;

	*path = NULL;
	if (!d)
		return error_set(err, ERR_NOTFOUND, "no kernel to boot: cannot open '%s': %s (install "
				 "linux-image-amd64, or give --kernel FILE)", dir, strerror(errno));
	while ((e = readdir(d)))
		if (starts_with(e->d_name, "vmlinuz-") &&
		    (!best || version_cmp(e->d_name + 8, best + 8) > 0)) {
			free(best);
			best = xstrdup(e->d_name);
		}
	closedir(d);
	if (!best)
		return error_set(err, ERR_NOTFOUND, "no kernel to boot: no '%s/vmlinuz-*' (install "
				 "linux-image-amd64, or give --kernel FILE)", dir);
	*path = xstrfmt("%s/%s", dir, best);
	free(best);
	return 0;
}

int boot_kernel_release(const char *kernel, char *out, size_t size, struct error *err)
{
	unsigned char hdr[0x210];
	char ver[128];
	unsigned off;
	size_t i;
	FILE *f = fopen(kernel, "rb");
	int ret = -1;

	if (!f)
		return error_set(err, ERR_NOTFOUND, "kernel '%s': %s", kernel, strerror(errno));
	if (fread(hdr, 1, sizeof(hdr), f) != sizeof(hdr) || memcmp(hdr + 0x202, "HdrS", 4)) {
		error_set(err, ERR_INPUT, "kernel '%s': not a bzImage (no 'HdrS' at 0x202)", kernel);
		goto out;
	}
	/* boot protocol: kernel_version at 0x20e points 0x200 before a NUL-terminated string */
	off = (unsigned)hdr[0x20e] | (unsigned)hdr[0x20f] << 8;
	if (!off || fseek(f, (long)off + 0x200, SEEK_SET) || !fgets(ver, sizeof(ver), f)) {
		error_set(err, ERR_INPUT, "kernel '%s': no version string in the header", kernel);
		goto out;
	}
	for (i = 0; ver[i] && ver[i] != ' ' && i + 1 < size; i++)
		out[i] = ver[i];
	out[i] = '\0';
	ret = i ? 0 : error_set(err, ERR_INPUT, "kernel '%s': empty version string", kernel);
out:
	fclose(f);
	return ret;
}

/* ---- the initramfs ---- */

/* The module's bytes, decompressed by libarchive's filters whatever the compression. */
static int read_module(const char *path, struct strbuf *out, struct error *err)
{
	struct archive *a = archive_read_new();
	struct archive_entry *e;
	char tmp[65536];
	la_ssize_t n;
	int ret = -1;

	archive_read_support_filter_all(a);
	archive_read_support_format_raw(a);
	if (archive_read_open_filename(a, path, sizeof(tmp)) != ARCHIVE_OK ||
	    archive_read_next_header(a, &e) != ARCHIVE_OK) {
		error_set(err, ERR_IO, "module '%s': %s", path, archive_error_string(a));
		goto out;
	}
	while ((n = archive_read_data(a, tmp, sizeof(tmp))) > 0)
		strbuf_add(out, tmp, (size_t)n);
	if (n < 0) {
		error_set(err, ERR_IO, "module '%s': %s", path, archive_error_string(a));
		goto out;
	}
	ret = 0;
out:
	archive_read_free(a);
	return ret;
}

static int add_entry(struct archive *a, const char *name, mode_t type, mode_t perm, dev_t rdev,
		     const void *data, size_t len, const char *path, struct error *err)
{
	struct archive_entry *e = archive_entry_new();
	int ret = 0;

	archive_entry_set_pathname(e, name);
	archive_entry_set_filetype(e, type);
	archive_entry_set_perm(e, perm);
	archive_entry_set_rdev(e, rdev);
	archive_entry_set_size(e, type == AE_IFREG ? (la_int64_t)len : 0);
	archive_entry_set_mtime(e, 0, 0);
	if (archive_write_header(a, e) != ARCHIVE_OK ||
	    (type == AE_IFREG && len && archive_write_data(a, data, len) != (la_ssize_t)len))
		ret = error_set(err, ERR_IO, "initramfs '%s': '%s': %s", path, name, archive_error_string(a));
	archive_entry_free(e);
	return ret;
}

int boot_initramfs(const char *path, const void *init, size_t init_len, const char *module_path,
		   const char *release, struct error *err)
{
	static const char *const dirs[] = { "dev", "proc", "sys", "lib", "lib/modules" };
	struct archive *a = archive_write_new();
	struct strbuf mod = STRBUF_INIT, name = STRBUF_INIT;
	size_t i;
	int ret = -1;

	if (archive_write_set_format_cpio_newc(a) != ARCHIVE_OK || archive_write_add_filter_none(a) != ARCHIVE_OK ||
	    archive_write_open_filename(a, path) != ARCHIVE_OK) {
		error_set(err, ERR_IO, "initramfs '%s': %s", path, archive_error_string(a));
		goto out;
	}
	for (i = 0; i < ARRAY_SIZE(dirs); i++)
		if (add_entry(a, dirs[i], AE_IFDIR, 0755, 0, NULL, 0, path, err))
			goto out;
	/* the kernel opens /dev/console for init before our devtmpfs mount */
	if (add_entry(a, "dev/console", AE_IFCHR, 0600, makedev(5, 1), NULL, 0, path, err) ||
	    add_entry(a, "init", AE_IFREG, 0755, 0, init, init_len, path, err))
		goto out;
	if (module_path) {
		static const char *const sub[] = { "", "/kernel", "/kernel/drivers", "/kernel/drivers/firmware" };

		if (read_module(module_path, &mod, err))
			goto out;
		for (i = 0; i < ARRAY_SIZE(sub); i++) {
			strbuf_reset(&name);
			strbuf_addf(&name, "lib/modules/%s%s", release, sub[i]);
			if (add_entry(a, name.buf, AE_IFDIR, 0755, 0, NULL, 0, path, err))
				goto out;
		}
		strbuf_addstr(&name, "/qemu_fw_cfg.ko");
		if (add_entry(a, name.buf, AE_IFREG, 0644, 0, mod.buf, mod.len, path, err))
			goto out;
	}
	if (archive_write_close(a) != ARCHIVE_OK) {
		error_set(err, ERR_IO, "initramfs '%s': %s", path, archive_error_string(a));
		goto out;
	}
	ret = 0;
out:
	archive_write_free(a);
	strbuf_release(&mod);
	strbuf_release(&name);
	return ret;
}

/* The installed qemu_fw_cfg module of `release`, compressed or not; NULL when there is none. */
static char *find_module(const char *release)
{
	static const char *const exts[] = { "", ".xz", ".zst", ".gz" };
	size_t i;

	for (i = 0; i < ARRAY_SIZE(exts); i++) {
		char *p = xstrfmt("/lib/modules/%s/kernel/drivers/firmware/qemu_fw_cfg.ko%s", release, exts[i]);

		if (!access(p, R_OK))
			return p;
		free(p);
	}
	return NULL;
}

/* ---- the boot ---- */

struct run {
	pid_t pid;
	int out, errfd;			/* QEMU's stdout (the serial port) and stderr */
	struct strbuf console, qerr;
	int status, exited;
};

static int spawn(struct run *r, char *const argv[], struct error *err)
{
	int po[2] = { -1, -1 }, pe[2] = { -1, -1 }, px[2] = { -1, -1 }, e;
	ssize_t n;

	if (pipe2(po, O_CLOEXEC) || pipe2(pe, O_CLOEXEC) || pipe2(px, O_CLOEXEC)) {
		e = errno;
		goto fail;
	}
	r->pid = fork();
	if (r->pid < 0) {
		e = errno;
		goto fail;
	}
	if (!r->pid) {
		int null = open("/dev/null", O_RDONLY);

		setpgid(0, 0);
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		if (null < 0 || dup2(null, 0) < 0 || dup2(po[1], 1) < 0 || dup2(pe[1], 2) < 0)
			_exit(127);
		execv(argv[0], argv);
		e = errno;
		n = write(px[1], &e, sizeof(e));
		(void)n;
		_exit(127);
	}
	close(po[1]);
	close(pe[1]);
	close(px[1]);
	r->out = po[0];
	r->errfd = pe[0];
	/* the exec's outcome: EOF when it worked */
	while ((n = read(px[0], &e, sizeof(e))) < 0 && errno == EINTR)
		;
	close(px[0]);
	if (n == sizeof(e)) {
		waitpid(r->pid, NULL, 0);
		r->pid = 0;
		return error_set(err, ERR_NOTFOUND, "qemu: cannot run '%s': %s", argv[0], strerror(e));
	}
	return 0;
fail:
	close(po[0]); close(po[1]); close(pe[0]); close(pe[1]); close(px[0]); close(px[1]);
	return error_set(err, ERR_IO, "qemu: cannot start '%s': %s", argv[0], strerror(e));
}

static void kill_run(struct run *r)
{
	if (r->pid > 0 && !r->exited) {
		kill(-r->pid, SIGKILL);
		kill(r->pid, SIGKILL);
		while (waitpid(r->pid, &r->status, 0) < 0 && errno == EINTR)
			;
		r->exited = 1;
	}
	if (r->out >= 0)
		close(r->out);
	if (r->errfd >= 0)
		close(r->errfd);
	r->out = r->errfd = -1;
}

/* A whole frame, or the probe's error line, has arrived. */
static int frame_done(const struct strbuf *c)
{
	const char *b = memmem(c->buf, c->len, FRAME_BEGIN, strlen(FRAME_BEGIN));
	const char *e = memmem(c->buf, c->len, FRAME_PROBE_ERROR, strlen(FRAME_PROBE_ERROR));

	return (b && memmem(b, c->len - (size_t)(b - c->buf), "\n" FRAME_END, strlen(FRAME_END) + 1)) ||
	       (e && memchr(e, '\n', c->len - (size_t)(e - c->buf)));
}

/* Read both pipes until QEMU exits, the deadline passes, or (a grace after the frame) it lingers. */
static void pump(struct run *r, long long deadline)
{
	long long grace = 0;
	char tmp[65536];

	while (r->out >= 0 || r->errfd >= 0) {
		struct pollfd fds[2] = { { r->out, POLLIN, 0 }, { r->errfd, POLLIN, 0 } };
		long long t = now_ms(), until = grace && grace < deadline ? grace : deadline;
		int i;

		if (t >= until)
			return;
		if (poll(fds, 2, (int)(until - t)) < 0 && errno != EINTR)
			return;
		for (i = 0; i < 2; i++) {
			int *fd = i ? &r->errfd : &r->out;
			struct strbuf *sb = i ? &r->qerr : &r->console;
			ssize_t n;

			if (*fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
				continue;
			n = read(*fd, tmp, sizeof(tmp));
			if (n < 0 && errno == EINTR)
				continue;
			if (n <= 0) {
				close(*fd);
				*fd = -1;
			} else if (sb->len < CONSOLE_MAX) {
				strbuf_add(sb, tmp, (size_t)n);
			}
		}
		if (!grace && frame_done(&r->console))
			grace = now_ms() + EXIT_GRACE_MS;
	}
}

/* The last few lines of s, one line, for a message. */
static void tail_text(const struct strbuf *s, size_t max, struct strbuf *out)
{
	size_t start = s->len > max ? s->len - max : 0, i;

	for (i = start; i < s->len; i++) {
		unsigned char c = (unsigned char)s->buf[i];

		if (c == 0x1b) {	/* a terminal escape: ESC [ ... final byte, or ESC and one byte */
			if (i + 1 < s->len && s->buf[i + 1] == '[')
				for (i += 2; i < s->len && !(s->buf[i] >= 0x40 && s->buf[i] <= 0x7e); i++)
					;
			else
				i++;
			continue;
		}
		if (c == '\n' || c == '\r')
			strbuf_addstr(out, out->len && out->buf[out->len - 1] != ' ' ? " | " : "");
		else if (c >= 0x20 && c < 0x7f)
			strbuf_addch(out, c);
	}
}

/* The probe's document -> its guest section and notes. */
static int take_document(const struct strbuf *doc, struct json_object **guest, struct json_object *info,
			 struct error *err)
{
	struct json_tokener *tok = json_tokener_new_ex(16);
	struct json_object *o, *secs, *g, *c, *notes;
	int ret = -1;

	json_tokener_set_flags(tok, JSON_TOKENER_STRICT);
	o = json_tokener_parse_ex(tok, doc->buf, (int)doc->len);
	if (!o || json_tokener_get_error(tok) != json_tokener_success) {
		error_set(err, ERR_INPUT, "the probe's dump: invalid JSON: %s",
			  json_tokener_error_desc(json_tokener_get_error(tok)));
		goto out;
	}
	if (!json_object_object_get_ex(o, "sections", &secs) || !json_object_object_get_ex(secs, "guest", &g) ||
	    !json_object_is_type(g, json_type_object)) {
		error_set(err, ERR_INPUT, "the probe's dump: no 'sections/guest' object");
		goto out;
	}
	*guest = json_object_get(g);
	if (json_object_object_get_ex(o, "collector", &c)) {
		if (json_object_object_get_ex(c, "kernel", &notes))
			json_object_object_add(info, "guest_kernel", json_object_get(notes));
		if (json_object_object_get_ex(c, "notes", &notes))
			json_object_object_add(info, "probe_notes", json_object_get(notes));
	}
	ret = 0;
out:
	json_object_put(o);
	json_tokener_free(tok);
	return ret;
}

static int save_console(const char *path, const struct strbuf *c, struct error *err)
{
	FILE *f = fopen(path, "wb");

	if (!f)
		return error_set(err, ERR_IO, "console log '%s': %s", path, strerror(errno));
	if (fwrite(c->buf, 1, c->len, f) != c->len || fclose(f))
		return error_set(err, ERR_IO, "console log '%s': cannot write: %s", path, strerror(errno));
	return 0;
}

static int boot_run(const struct boot_options *o, const char *kernel, const char *initrd,
		    struct json_object **guest, struct json_object *info, struct error *err)
{
	long timeout = o->timeout_s > 0 ? o->timeout_s : BOOT_DEFAULT_TIMEOUT_S;
	char *argv[] = { (char *)o->qemu, "-machine", (char *)o->machine, "-m", "512", "-accel", "tcg",
			 "-nographic", "-no-reboot", "-kernel", (char *)kernel, "-initrd", (char *)initrd,
			 "-append", APPEND, NULL };
	struct run r = { 0, -1, -1, STRBUF_INIT, STRBUF_INIT, 0, 0 };
	struct strbuf doc = STRBUF_INIT, tail = STRBUF_INIT;
	struct json_object *jcmd = json_object_new_array();
	long long t0 = now_ms();
	size_t i;
	int ret = -1;

	for (i = 0; argv[i]; i++)
		json_object_array_add(jcmd, json_object_new_string(argv[i]));
	json_object_object_add(info, "command", jcmd);
	if (spawn(&r, argv, err))
		goto out;
	pump(&r, t0 + timeout * 1000);
	if (waitpid(r.pid, &r.status, WNOHANG) == r.pid)
		r.exited = 1;
	json_object_object_add(info, "seconds", json_object_new_double((double)(now_ms() - t0) / 1000));
	if (o->console && save_console(o->console, &r.console, err))
		goto out;
	if (!frame_decode(r.console.buf, r.console.len, &doc, err)) {
		ret = take_document(&doc, guest, info, err);
		goto out;
	}
	if (frame_present(r.console.buf, r.console.len))
		goto out;	/* a frame, cut short or corrupt, or the probe's own error: said so */
	if (r.exited && !(WIFEXITED(r.status) && !WEXITSTATUS(r.status))) {
		tail_text(&r.qerr, 400, &tail);
		error_set(err, ERR_INPUT, "qemu failed (%s %d) before the guest answered: %s",
			  WIFEXITED(r.status) ? "exit status" : "signal",
			  WIFEXITED(r.status) ? WEXITSTATUS(r.status) : WTERMSIG(r.status), tail.buf);
	} else if (!r.console.len) {
		error_set(err, ERR_INPUT, "the guest never answered: no serial output from kernel '%s' in %ld s%s",
			  kernel, timeout, r.exited ? " (qemu exited)" : " (timeout)");
	} else {
		tail_text(&r.console, 300, &tail);
		error_set(err, ERR_INPUT, "the guest never answered: no probe dump from kernel '%s' in %ld s%s; "
			  "the console ended: %s", kernel, timeout, r.exited ? " (qemu exited)" : " (timeout)",
			  tail.buf);
	}
out:
	kill_run(&r);
	strbuf_release(&r.console);
	strbuf_release(&r.qerr);
	strbuf_release(&doc);
	strbuf_release(&tail);
	return ret;
}

int collector_boot(const struct boot_options *o, struct json_object **guest, struct json_object **info,
		   struct error *err)
{
	const char *tmpbase = getenv("TMPDIR");
	char *kernel = NULL, *module = NULL, *dir = NULL, *initrd = NULL;
	char release[128];
	int ret = -1;

	*guest = NULL;
	*info = json_object_new_object();
	if (!o->qemu || !o->machine)
		return error_set(err, ERR_USAGE, "boot: need a QEMU binary and a machine type");
	if (o->kernel) {
		if (access(o->kernel, R_OK)) {
			error_set(err, ERR_NOTFOUND, "no kernel to boot: '%s': %s", o->kernel, strerror(errno));
			goto out;
		}
		kernel = xstrdup(o->kernel);
	} else if (boot_find_kernel(BOOT_KERNEL_DIR, &kernel, err)) {
		goto out;
	}
	if (boot_kernel_release(kernel, release, sizeof(release), err))
		goto out;
	json_object_object_add(*info, "source", json_object_new_string("boot"));
	json_object_object_add(*info, "kernel", json_object_new_string(kernel));
	json_object_object_add(*info, "kernel_release", json_object_new_string(release));
	module = find_module(release);
	if (!module)
		json_object_object_add(*info, "note", json_object_new_string(
			"no qemu_fw_cfg module for this kernel under /lib/modules: fw_cfg is read only if built in"));
	if (!tmpbase || !*tmpbase)
		tmpbase = "/tmp";
	dir = xstrfmt("%s/abidb-boot.XXXXXX", tmpbase);
	if (!mkdtemp(dir)) {
		error_set(err, ERR_IO, "cannot create a temporary folder in '%s': %s", tmpbase, strerror(errno));
		free(dir);
		dir = NULL;
		goto out;
	}
	initrd = xstrfmt("%s/initramfs.cpio", dir);
	if (boot_initramfs(initrd, boot_probe_image, (size_t)(boot_probe_image_end - boot_probe_image), module,
			   release, err))
		goto out;
	ret = boot_run(o, kernel, initrd, guest, *info, err);
out:
	if (initrd)
		unlink(initrd);
	if (dir)
		rmdir(dir);
	if (ret) {
		json_object_put(*info);
		*info = NULL;
	}
	free(kernel);
	free(module);
	free(initrd);
	free(dir);
	return ret;
}
