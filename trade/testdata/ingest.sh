#!/usr/bin/env bash
# The whole-process comparison of issue #16: `kerjasama trade summary FILE
# --by year,post` against the plain loop on the 1,000,000-row file of
# BenchmarkIngest, on one core and on two, N runs each (default 8),
# interleaved. Prints benchstat's table (go install
# golang.org/x/perf/cmd/benchstat@latest), or the raw lines without it.
# With "distinct", the file whose rows all differ (BenchmarkIngest/distinct).
#
#	bash trade/testdata/ingest.sh [N] [distinct]
set -euo pipefail
n=${1:-8}
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
"$tmp/ingestbench" compare -n "$n" "$tmp/kerjasama" "$tmp/trade-1M.csv" > "$tmp/process.txt"
if command -v benchstat >/dev/null; then
	benchstat -col /prog "$tmp/process.txt"
elif [ -x "$HOME/go/bin/benchstat" ]; then
	"$HOME/go/bin/benchstat" -col /prog "$tmp/process.txt"
else
	cat "$tmp/process.txt"
fi
