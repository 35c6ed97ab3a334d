#!/bin/sh
# setup-debian.sh: install what abidb needs to build, test and demo on Debian 12 (run as root, or with sudo).
set -e
SUDO=
[ "$(id -u)" -eq 0 ] || SUDO=sudo
need=
for p in build-essential pkg-config libsqlite3-dev sqlite3 libmicrohttpd-dev libjson-c-dev zlib1g-dev \
	 libssl-dev libcriterion-dev acpica-tools pci.ids curl chromium python3 qemu-system-x86 \
	 libarchive-dev linux-image-amd64 libxml2-utils qemu-system-arm qemu-system-ppc qemu-system-misc libfdt-dev; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || need="$need $p"
done
# the browser test drives chromium from Node.js: use the machine's node if it has one
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || need="$need nodejs npm"
if [ -n "$need" ]; then
	echo "setup: installing$need"
	$SUDO apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $need >/dev/null
fi
