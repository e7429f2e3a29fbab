package input_test

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/kerjasama/kerjasama/internal/input"
)

func Example() {
	// A spreadsheet saved as "CSV (Macintosh)" in an Indonesian locale:
	// lines end with CR, cells are separated by ";", one cell holds a line
	// break, and one row has a stray quote.
	const file = "tahun;arus;pos;nilai\r" +
		"2016;ekspor;Entikong;\"2.746.318.213\"\r" +
		"2016;impor;\"PLBN\r\nEntikong\";1.186.868\r" +
		"2017;impor;Aruk 5\" ;12\r" +
		"2017;ekspor;Aruk\r"
	r := input.NewReader(strings.NewReader(file), input.Options{File: "entikong.csv"})
	header, _, err := r.Read()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("separator %q, %s, header %q\n", r.Comma(), r.Encoding(), header)
	r.SetFieldCount(len(header))
	for {
		fields, pos, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("error:", err, errors.Is(err, input.ErrQuote))
			continue
		}
		fmt.Printf("line %d: %q (nilai at %v)\n", pos.Line, fields, r.FieldPos(3))
	}
	// Output:
	// separator ';', UTF-8, header ["tahun" "arus" "pos" "nilai"]
	// line 2: ["2016" "ekspor" "Entikong" "2.746.318.213"] (nilai at 2:22)
	// line 3: ["2016" "impor" "PLBN\nEntikong" "1.186.868"] (nilai at 4:11)
	// error: entikong.csv:5:18: bare quote in unquoted field true
	// error: entikong.csv:6:17: wrong number of fields: 3, want 4 false
}

func ExampleReader_Read_tooLong() {
	// A file whose quote is never closed, read with a small limit: the
	// error is at the record's start and says where the quote opened;
	// reading stops there.
	const file = "no,judul\n1,\"Kerja sama\n2,Sister city\n3,MoU\n"
	r := input.NewReader(strings.NewReader(file), input.Options{MaxRecord: 24})
	for {
		fields, _, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%q\n", fields)
	}
	// Output:
	// ["no" "judul"]
	// 2:1: record too long: more than 24 bytes, reading stopped (a quoted field opened at line 2, column 3 is still open)
}

// A cell a spreadsheet would run gets a quote in front when written, and
// loses it when read.
func ExampleNeutralise() {
	for _, cell := range []string{"=HYPERLINK(\"http://x\")", "Kuching", "-1+1"} {
		w := input.Neutralise(cell)
		fmt.Printf("%s → %s → %s\n", cell, w, input.Unneutralise(w))
	}
	// Output:
	// =HYPERLINK("http://x") → '=HYPERLINK("http://x") → =HYPERLINK("http://x")
	// Kuching → Kuching → Kuching
	// -1+1 → '-1+1 → -1+1
}
