/* poweroff-init.c: an initramfs /init that powers off at once: the bare kernel boot bench/boot.sh compares with. */
#include <sys/reboot.h>
#include <unistd.h>

int main(void)
{
	reboot(RB_POWER_OFF);
	return 1;	/* pid 1 exiting panics; panic=-1 and -no-reboot end QEMU */
}
