#!/usr/bin/env bash
# The whole-process comparison of issue #16: `kerjasama trade summary FILE
# --by year,post` against the plain loop on the 1,000,000-row file of
# BenchmarkIngest, on one core and on two, N runs each (default 8),
# interleaved. Prints benchstat's table (go install
# golang.org/x/perf/cmd/benchstat@latest), or the raw lines without it.
# With "distinct", the file whose rows all differ (BenchmarkIngest/distinct).
#
# With "instructions" instead of N, it counts the instructions and cache
# misses of one run of each under valgrind's cachegrind (apt install
# valgrind): figures that do not move with the machine's load, where
# times on a shared machine spread by a third. The Go runtime reads the
# time stamp counter with RDTSCP, which valgrind 3.19 does not know;
# GODEBUG=cpu.rdtscp=off makes it use RDTSC. The cache model is this
# project's machine's (L1d 48 KB 12-way, L2 1 MB 16-way as the last level).
#
# With "startup", it shows what the command costs before and beside the
# reading: on one core, 20 rounds of the plain loop, the command, the
# library alone (trade/testdata/libsum: CSVReader.Summarize and the table,
# nothing else linked) and the command built with CGO_ENABLED=0
# (kerjasama-nocgo), first on a file of the header alone (the start of a
# process), then on the whole file (the time and peak memory of the job).
#
#	bash trade/testdata/ingest.sh [N|instructions|startup] [distinct]
set -euo pipefail
n=${1:-8}
count=false
startup=false
[ "$n" = startup ] && startup=true
if [ "$n" = instructions ]; then
	count=true
	command -v valgrind >/dev/null || { echo "ingest.sh: instructions needs valgrind (apt install valgrind)" >&2; exit 1; }
fi
distinct=false
[ "${2:-}" = distinct ] && distinct=true
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$root"
go build -o "$tmp/ingestbench" ./trade/testdata/ingestbench
(cd cmd/kerjasama && go build -o "$tmp/kerjasama" .)
go test -c -o "$tmp/trade.test" ./trade
(cd trade && "$tmp/trade.test" -test.run '^TestWriteIngestFile$' -ingest.write "$tmp/trade-1M.csv" -ingest.distinct="$distinct" >/dev/null)
stat() {
	if command -v benchstat >/dev/null; then
		benchstat -col /prog "$@"
	elif [ -x "$HOME/go/bin/benchstat" ]; then
		"$HOME/go/bin/benchstat" -col /prog "$@"
	else
		cat "$@"
	fi
}
if $startup; then
	go build -o "$tmp/libsum" ./trade/testdata/libsum
	(cd cmd/kerjasama && CGO_ENABLED=0 go build -o "$tmp/kerjasama-nocgo" .)
	head -n 1 "$tmp/trade-1M.csv" > "$tmp/header.csv"
	for f in header trade-1M; do
		echo "== $f.csv"
		"$tmp/ingestbench" compare -n 20 -cpus 1 -lib "$tmp/libsum" "$tmp/kerjasama" "$tmp/kerjasama-nocgo" "$tmp/$f.csv" > "$tmp/$f.txt"
		stat "$tmp/$f.txt"
	done
	exit 0
fi
if $count; then
	grind() {
		GOGC=off GOMAXPROCS=1 GODEBUG=asyncpreemptoff=1,cpu.rdtscp=off valgrind --tool=cachegrind --cache-sim=yes \
			--D1=49152,12,64 --LL=1048576,16,64 --cachegrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
			grep -E '(I|D1|LLd) +(refs|misses):' | sed 's/^==[0-9]*== */  /'
	}
	echo "plain loop:"
	grind "$tmp/ingestbench" plain "$tmp/trade-1M.csv"
	echo "kerjasama trade summary --by year,post:"
	grind "$tmp/kerjasama" trade summary "$tmp/trade-1M.csv" --by year,post
	exit 0
fi
"$tmp/ingestbench" compare -n "$n" "$tmp/kerjasama" "$tmp/trade-1M.csv" > "$tmp/process.txt"
stat "$tmp/process.txt"
