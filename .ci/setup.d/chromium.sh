# Sourced by .ci/run before the tests (bash, set -euo pipefail).
#
# The HTML report tests (report, TestHTMLInChromium and TestHTMLEscapesUserText) renders the report
# in headless Chromium and checks the page. This installs Debian's chromium
# package when no browser is present and exports its path as
# KERJASAMA_CHROMIUM. Failure to install is tolerated: the test then skips
# with a message saying why.

kerjasama_find_chromium() {
	local b
	for b in "${KERJASAMA_CHROMIUM:-}" chromium chromium-browser google-chrome-stable google-chrome; do
		[ -n "$b" ] || continue
		if command -v "$b" >/dev/null 2>&1; then
			command -v "$b"
			return 0
		fi
	done
	return 1
}

if ! kerjasama_find_chromium >/dev/null; then
	echo "chromium: not found; installing Debian's chromium package"
	sudo_cmd=""
	if [ "${EUID:-0}" != 0 ] && command -v sudo >/dev/null 2>&1; then
		sudo_cmd="sudo -n"
	fi
	if command -v apt-get >/dev/null 2>&1; then
		{
			$sudo_cmd apt-get update -qq &&
				DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends chromium
		} >/tmp/kerjasama-chromium-install.log 2>&1 ||
			echo "chromium: install failed (see /tmp/kerjasama-chromium-install.log); the HTML test will be skipped"
	else
		echo "chromium: apt-get not available; the HTML test will be skipped"
	fi
fi

if KERJASAMA_CHROMIUM="$(kerjasama_find_chromium)"; then
	export KERJASAMA_CHROMIUM
	echo "chromium: $KERJASAMA_CHROMIUM ($("$KERJASAMA_CHROMIUM" --version 2>/dev/null || echo 'version unknown'))"
else
	unset KERJASAMA_CHROMIUM
fi
unset -f kerjasama_find_chromium
true
