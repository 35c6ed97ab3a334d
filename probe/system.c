/* system.c: what a booted probe does as pid 1 (mounts, console, power off) and loading qemu_fw_cfg. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/klog.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include "probe.h"

#ifndef MODULE_INIT_COMPRESSED_FILE
#define MODULE_INIT_COMPRESSED_FILE 4
#endif

#define FW_CFG_SYSFS "/sys/firmware/qemu_fw_cfg"

static int mount_one(struct probe *p, const char *src, const char *dir, const char *type)
{
	mkdir(dir, 0755);
	if (mount(src, dir, type, 0, NULL) && errno != EBUSY) {
		note(p, "cannot mount %s on %s: %s", type, dir, strerror(errno));
		return -1;
	}
	return 0;
}

int boot_mounts(struct probe *p)
{
	int rc = 0;

	rc |= mount_one(p, "proc", "/proc", "proc");
	rc |= mount_one(p, "sysfs", "/sys", "sysfs");
	rc |= mount_one(p, "devtmpfs", "/dev", "devtmpfs");
	return rc;
}

void quiet_console(void)
{
	klogctl(8 /* SYSLOG_ACTION_CONSOLE_LEVEL */, NULL, 1);
}

/* finit_module on the module file of the running kernel; 0, or -1 with a note. */
static int finit(struct probe *p, const char *release)
{
	static const char *const exts[] = { "", ".xz", ".zst", ".gz" };
	char path[512];
	size_t i;
	int fd = -1;

	for (i = 0; i < sizeof(exts) / sizeof(exts[0]) && fd < 0; i++) {
		snprintf(path, sizeof(path), "/lib/modules/%s/kernel/drivers/firmware/qemu_fw_cfg.ko%s", release,
			 exts[i]);
		fd = open(path, O_RDONLY | O_CLOEXEC);
	}
	if (fd < 0) {
		note(p, "fw_cfg: no qemu_fw_cfg.ko under /lib/modules/%s/kernel/drivers/firmware", release);
		return -1;
	}
	i--;
	/* a compressed module: the kernel decompresses it itself (CONFIG_MODULE_DECOMPRESS) */
	if (syscall(SYS_finit_module, fd, "", *exts[i] ? MODULE_INIT_COMPRESSED_FILE : 0) && errno != EEXIST) {
		note(p, "fw_cfg: finit_module('%s'): %s", path, strerror(errno));
		close(fd);
		return -1;
	}
	close(fd);
	return 0;
}

/* modprobe qemu_fw_cfg, where the guest has one (compression, dependencies) */
static int modprobe(void)
{
	static const char *const bins[] = { "/sbin/modprobe", "/usr/sbin/modprobe", "/bin/modprobe" };
	size_t i;
	int status;
	pid_t pid;

	for (i = 0; i < sizeof(bins) / sizeof(bins[0]); i++)
		if (!access(bins[i], X_OK))
			break;
	if (i == sizeof(bins) / sizeof(bins[0]))
		return -1;
	pid = fork();
	if (pid < 0)
		return -1;
	if (!pid) {
		int null = open("/dev/null", O_RDWR);

		if (null >= 0) {
			dup2(null, 1);
			dup2(null, 2);
		}
		execl(bins[i], bins[i], "-q", "qemu_fw_cfg", (char *)NULL);
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(status) && !WEXITSTATUS(status) ? 0 : -1;
}

void load_fw_cfg(struct probe *p)
{
	struct utsname u;
	struct stat st;

	if (!stat(FW_CFG_SYSFS, &st))
		return;
	if (uname(&u))
		strcpy(u.release, "?");
	if (finit(p, u.release) && modprobe())
		note(p, "fw_cfg: modprobe qemu_fw_cfg failed too");
	if (stat(FW_CFG_SYSFS, &st))
		note(p, "fw_cfg: %s absent (no QEMU0002 device in the ACPI namespace, or the module did not load): "
		     "no fw_cfg files recorded", FW_CFG_SYSFS);
}

int open_serial(const char *dev)
{
	struct termios t;
	int fd = open(dev, O_WRONLY | O_NOCTTY | O_CLOEXEC);

	if (fd < 0)
		return -1;
	if (!tcgetattr(fd, &t)) {
		cfmakeraw(&t);
		tcsetattr(fd, TCSANOW, &t);
	}
	return fd;
}

void power_off(void)
{
	sync();
	reboot(RB_POWER_OFF);
	/* pid 1 exiting panics the kernel; panic=-1 reboots and -no-reboot ends QEMU */
	_exit(1);
}
