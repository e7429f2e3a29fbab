# Sourced by .ci/run before the tests (bash, set -euo pipefail).
#
# The store tests (store/, the nested module) run against SQLite and, when
# KERJASAMA_TEST_POSTGRES names a server, against PostgreSQL too. This
# starts a throw-away PostgreSQL server for them: Debian's postgresql
# package is installed when initdb and pg_ctl are missing, a cluster is
# made in a temporary directory (as the postgres user when running as
# root), started on 127.0.0.1 on a free port, and removed when .ci/run
# exits. A KERJASAMA_TEST_POSTGRES already set is used as it is. If the
# server cannot be installed, the PostgreSQL tests skip and say why; if
# it is installed but does not start, CI fails.

kerjasama_pg_bindir() {
	local d
	if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
		d=$(dirname "$(readlink -f "$(command -v pg_ctl)")")
		if [ -x "$d/createdb" ]; then
			echo "$d"
			return 0
		fi
	fi
	for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
		if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then
			echo "$d"
			return 0
		fi
	done
	return 1
}

# kerjasama_pg_free_port prints a TCP port on 127.0.0.1 that nothing
# listens on (bash's /dev/tcp: a refused connection means free).
kerjasama_pg_free_port() {
	local p tries
	for tries in $(seq 1 200); do
		p=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
		if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
			echo "$p"
			return 0
		fi
	done
	return 1
}

# kerjasama_exit_trap prints the command of the EXIT trap already set, so
# that ours runs it too.
kerjasama_exit_trap() {
	local t
	t=$(trap -p EXIT)
	[ -n "$t" ] || return 0
	eval "set -- $t"
	printf '%s' "$3"
}

if [ -n "${KERJASAMA_TEST_POSTGRES:-}" ]; then
	echo "postgresql: using KERJASAMA_TEST_POSTGRES as set"
else
	if ! kerjasama_pg_bindir >/dev/null; then
		echo "postgresql: initdb/pg_ctl not found; installing Debian's postgresql package"
		kerjasama_sudo=""
		if [ "${EUID:-0}" != 0 ] && command -v sudo >/dev/null 2>&1; then
			kerjasama_sudo="sudo -n"
		fi
		if command -v apt-get >/dev/null 2>&1; then
			{
				$kerjasama_sudo apt-get update -qq &&
					DEBIAN_FRONTEND=noninteractive $kerjasama_sudo apt-get install -y -qq --no-install-recommends postgresql
			} >/tmp/kerjasama-postgresql-install.log 2>&1 ||
				echo "postgresql: install failed (see /tmp/kerjasama-postgresql-install.log); the PostgreSQL tests will be skipped"
		else
			echo "postgresql: apt-get not available; the PostgreSQL tests will be skipped"
		fi
	fi
	if kerjasama_pg_bin=$(kerjasama_pg_bindir); then
		kerjasama_pg_dir=$(mktemp -d /tmp/kerjasama-pg.XXXXXX)
		if [ "${EUID:-$(id -u)}" = 0 ]; then
			kerjasama_pg_user=postgres
			chown postgres "$kerjasama_pg_dir"
			if command -v runuser >/dev/null 2>&1; then
				kerjasama_pg_as() { runuser -u postgres -- "$@"; }
			else
				kerjasama_pg_as() { su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; }
			fi
		else
			kerjasama_pg_user=$(id -un)
			kerjasama_pg_as() { "$@"; }
		fi
		kerjasama_pg_port=$(kerjasama_pg_free_port)
		kerjasama_pg_stop() {
			kerjasama_pg_as "$kerjasama_pg_bin/pg_ctl" -D "$kerjasama_pg_dir/data" -m immediate stop >/dev/null 2>&1 || true
			rm -rf "$kerjasama_pg_dir"
		}
		trap "kerjasama_pg_stop; $(kerjasama_exit_trap)" EXIT
		kerjasama_pg_as "$kerjasama_pg_bin/initdb" -D "$kerjasama_pg_dir/data" -U "$kerjasama_pg_user" -A trust -E UTF8 \
			--locale=C --no-sync >"$kerjasama_pg_dir/initdb.log" 2>&1 ||
			{ cat "$kerjasama_pg_dir/initdb.log"; echo "postgresql: initdb failed"; exit 1; }
		kerjasama_pg_as "$kerjasama_pg_bin/pg_ctl" -D "$kerjasama_pg_dir/data" -l "$kerjasama_pg_dir/server.log" -w -t 60 \
			-o "-c listen_addresses=127.0.0.1 -p $kerjasama_pg_port -k $kerjasama_pg_dir -c fsync=off -c max_connections=200" \
			start >/dev/null ||
			{ cat "$kerjasama_pg_dir/server.log"; echo "postgresql: server did not start"; exit 1; }
		kerjasama_pg_as "$kerjasama_pg_bin/createdb" -h 127.0.0.1 -p "$kerjasama_pg_port" -U "$kerjasama_pg_user" kerjasama_test
		export KERJASAMA_TEST_POSTGRES="postgres://$kerjasama_pg_user@127.0.0.1:$kerjasama_pg_port/kerjasama_test?sslmode=disable"
		echo "postgresql: $("$kerjasama_pg_bin/pg_ctl" --version) at $KERJASAMA_TEST_POSTGRES (data in $kerjasama_pg_dir)"
	fi
fi
unset -f kerjasama_pg_bindir kerjasama_pg_free_port kerjasama_exit_trap
true
