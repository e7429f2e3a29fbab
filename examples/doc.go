// Package examples reproduces, end to end, every figure of the seed
// documents that kerjasama is built from (see ../shared/seeds in the
// project, and cmd/kerjasama/data for the same facts as data files), and
// shows a user building a register from scratch.
//
// Run them with
//
//	go test ./examples/
//
// Each Example function starts from the text as the document writes it
// ("Rp. 100.387.357.175", "1.725,99 juta dolar AS", "Rabu, 7/8/2019"),
// reads it with the library, computes what the document asks and prints the
// result; its // Output: comment is checked by go test. The README quotes
// the short examples of tour_test.go, and readme_test.go checks that every
// Go block of the README is quoted from here, so the README cannot drift.
package examples
