package input_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/kerjasama/kerjasama/internal/input"
)

func ExampleRowError() {
	reason := errors.New("not a number")
	fmt.Println(input.RowError("entikong.csv", 3, 17, "nilai", reason))
	fmt.Println(input.RowError("", 3, 17, "nilai", reason))
	fmt.Println(input.RowError("entikong.csv", 1234, 0, "", errors.New("value overflow")))
	fmt.Println(input.CellText("PLBN \x1b[31mEntikong"))
	// Output:
	// entikong.csv:3:17: nilai: not a number
	// 3:17: nilai: not a number
	// entikong.csv:1234: value overflow
	// PLBN \x1b[31mEntikong
}

func ExampleProblems() {
	// A million bad rows: the first MaxShown are printed as they are
	// found, the rest only counted.
	var p input.Problems
	var printed bytes.Buffer
	for line := 2; line <= 1_000_001; line++ {
		p.Report(&printed, "kerjasama: ", fmt.Sprintf("t.csv:%d:1: bad row", line))
	}
	p.WriteMore(&printed, "kerjasama: ")
	lines := strings.Split(strings.TrimSuffix(printed.String(), "\n"), "\n")
	fmt.Println(len(lines), "lines printed; first and last:")
	fmt.Println(lines[0])
	fmt.Println(lines[len(lines)-1])
	fmt.Println(p.Len(), "problems,", len(p.Shown()), "kept")
	// Output:
	// 51 lines printed; first and last:
	// kerjasama: t.csv:2:1: bad row
	// kerjasama: … and 999950 more
	// 1000000 problems, 50 kept
}
