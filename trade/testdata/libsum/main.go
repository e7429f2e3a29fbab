// Command libsum is the library alone doing what `kerjasama trade summary
// FILE --by year,post` does with a file: trade.CSVReader.Summarize, with
// the command's workers (runtime.GOMAXPROCS) and a Warn, into a Summary by
// year and post, then its table. It prints the number of
// groups, as the plain loop of ingestbench does. Beside the command, it
// shows what the command's other packages cost a process at start and in
// memory (trade/testdata/ingest.sh startup).
//
//	libsum FILE
package main

import (
	"fmt"
	"os"
	"runtime"

	"github.com/kerjasama/kerjasama/trade"
	"golang.org/x/text/language"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: libsum FILE")
		os.Exit(2)
	}
	n, err := summarize(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "libsum:", err)
		os.Exit(1)
	}
	fmt.Println(n, "groups")
}

// summarize reads the file at path into a Summary by year and post, makes
// its table, and returns the number of groups; the first bad row is an
// error. Warnings (total rows and the like) are counted, as the command
// collects them, and not printed.
func summarize(path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	s := trade.Summary{By: trade.ByYear | trade.ByPost}
	var first error
	warnings := 0
	rd := trade.CSVReader{File: path, Workers: runtime.GOMAXPROCS(0), Warn: func(*trade.RowError) { warnings++ }}
	rd.Summarize(f, &s, func(err error) bool {
		first = err
		return false
	})
	if first != nil {
		return 0, first
	}
	if _, err := s.Table(language.Indonesian); err != nil {
		return 0, err
	}
	return s.Aggregator().Len(), nil
}
