// Command ingestbench measures whole processes for issue #16: the command
// `kerjasama trade summary FILE --by year,post` against the plain loop
// (encoding/csv, the dots stripped, strconv.ParseInt, a map sum by year
// and post), on one core and on two, interleaved, reporting the wall time
// and the peak resident memory of each run in the format of `go test
// -bench`, for benchstat.
//
//	ingestbench plain FILE                    the plain loop
//	ingestbench compare [-n 8] KERJASAMA FILE  both, n times on 1 and 2 cores
//
// compare takes more programs before FILE, each run after the command in
// every round: -lib LIBSUM, the library alone (trade/testdata/libsum, run
// as LIBSUM FILE), and other builds of the command, named by their file
// names (run as the command is); -cpus sets the numbers of cores
// (GOMAXPROCS), "1,2" by default.
//
// trade/testdata/ingest.sh builds it and the command, writes the file of
// BenchmarkIngest and runs the comparison.
package main

import (
	"bufio"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	switch os.Args[1] {
	case "plain":
		if len(os.Args) != 3 {
			usage()
		}
		n, err := plain(os.Args[2])
		if err != nil {
			fmt.Fprintln(os.Stderr, "ingestbench:", err)
			os.Exit(1)
		}
		fmt.Println(n, "groups")
	case "compare":
		fs := flag.NewFlagSet("compare", flag.ExitOnError)
		n := fs.Int("n", 8, "runs of each program on each number of cores")
		lib := fs.String("lib", "", "the library alone (trade/testdata/libsum), run as LIB FILE")
		cpus := fs.String("cpus", "1,2", "the numbers of cores to run on")
		fs.Parse(os.Args[2:])
		if fs.NArg() < 2 {
			usage()
		}
		var cores []int
		for _, c := range strings.Split(*cpus, ",") {
			k, err := strconv.Atoi(c)
			if err != nil || k < 1 {
				usage()
			}
			cores = append(cores, k)
		}
		args := fs.Args()
		if err := compare(*n, cores, *lib, args[:len(args)-1], args[len(args)-1]); err != nil {
			fmt.Fprintln(os.Stderr, "ingestbench:", err)
			os.Exit(1)
		}
	default:
		usage()
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: ingestbench plain FILE | ingestbench compare [-n N] [-cpus 1,2] [-lib LIBSUM] KERJASAMA [OTHER-BUILD...] FILE")
	os.Exit(2)
}

// plain is the plain loop of the issue; it returns the number of groups.
func plain(path string) (int, error) {
	type key struct {
		year int
		post string
	}
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	cr := csv.NewReader(bufio.NewReaderSize(f, 64<<10))
	cr.ReuseRecord = true
	if _, err := cr.Read(); err != nil {
		return 0, err
	}
	sums := make(map[key]int64)
	posts := make(map[string]string)
	for {
		r, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return 0, err
		}
		y, err := strconv.Atoi(r[0])
		if err != nil {
			return 0, err
		}
		v, err := strconv.ParseInt(strings.ReplaceAll(r[6], ".", ""), 10, 64)
		if err != nil {
			return 0, err
		}
		post, ok := posts[r[3]]
		if !ok {
			post = r[3]
			posts[post] = post
		}
		sums[key{y, post}] += v
	}
	return len(sums), nil
}

// compare runs the plain loop, the command (builds[0], named kerjasama),
// the library alone (lib, unless empty) and the other builds n times on
// each number of cores, one after the other, and prints a benchmark line
// for each run.
func compare(n int, cores []int, lib string, builds []string, file string) error {
	self, err := os.Executable()
	if err != nil {
		return err
	}
	type prog struct {
		name string
		args []string
	}
	progs := []prog{
		{"plain", []string{self, "plain", file}},
		{"kerjasama", []string{builds[0], "trade", "summary", file, "--by", "year,post"}},
	}
	if lib != "" {
		progs = append(progs, prog{"libsum", []string{lib, file}})
	}
	for _, b := range builds[1:] {
		progs = append(progs, prog{filepath.Base(b), []string{b, "trade", "summary", file, "--by", "year,post"}})
	}
	fmt.Println("goos: linux")
	fmt.Println("pkg: kerjasama/ingest")
	for range n {
		for _, cpu := range cores {
			for _, p := range progs {
				wall, rss, err := run(p.args, cpu)
				if err != nil {
					return fmt.Errorf("%s: %w", p.name, err)
				}
				fmt.Printf("BenchmarkProcess/prog=%s-%d\t1\t%d ns/op\t%d peak-RSS-B\n", p.name, cpu, wall.Nanoseconds(), rss)
			}
		}
	}
	return nil
}

// run runs args with GOMAXPROCS cpu and returns its wall time and peak
// resident memory.
func run(args []string, cpu int) (time.Duration, int64, error) {
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Env = append(os.Environ(), "GOMAXPROCS="+strconv.Itoa(cpu))
	start := time.Now()
	out, err := cmd.CombinedOutput()
	wall := time.Since(start)
	if err != nil {
		return 0, 0, fmt.Errorf("%w: %s", err, out)
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return wall, 0, nil
	}
	return wall, ru.Maxrss * 1024, nil
}
