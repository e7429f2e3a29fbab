// Package input is the one toolbox every reader of the project uses for
// CSV text: a record reader of its own (not encoding/csv) that reads what
// spreadsheets and exports really write, reports what it cannot read at
// its line and column, keeps its memory bounded, and allocates nothing per
// record.
//
//	r := input.NewReader(f, input.Options{File: "entikong.csv"})
//	header, _, err := r.Read()
//	if err != nil {
//		return err // io.EOF: an empty file
//	}
//	cols := columns(header) // the reader's own header matching
//	r.SetFieldCount(len(header))
//	for {
//		fields, pos, err := r.Read()
//		if err == io.EOF {
//			break
//		}
//		var e *input.Error
//		if errors.As(err, &e) {
//			report(e) // "entikong.csv:3:7: bare quote in unquoted field"
//			continue  // the record is consumed; after ErrTooLong, Read returns io.EOF
//		}
//		if err != nil {
//			return err // the file cannot be read
//		}
//		year, err := strconv.Atoi(string(fields[cols.year])) // fields are valid until the next Read
//		if err != nil {
//			report(fmt.Errorf("%v: %w", r.FieldPos(cols.year), err)) // "3:1: …"
//		}
//		…
//	}
//
// The rules:
//
//   - Encoding. A UTF-8 byte order mark is skipped. UTF-16 (little or big
//     endian) with a byte order mark, or without one when at least half of
//     the 16-bit units of the first 512 bytes have a NUL high byte (or low
//     byte) and few the other, is decoded to UTF-8 with
//     golang.org/x/text/encoding/unicode; Reader.Encoding tells which.
//     Invalid UTF-8, a NUL byte, and invalid UTF-16 (which x/text decodes
//     to U+FFFD, so that a U+FFFD written in a UTF-16 file is reported
//     too) are ErrEncoding errors at their position; such text is never
//     passed on.
//   - Line ends. LF, CRLF and CR alone each end a record outside quotes,
//     mixed in one file as they come ("CSV (Macintosh)" files end lines
//     with CR). Inside quotes they are part of the field as written,
//     except that CRLF becomes LF, as encoding/csv does; a CR alone stays.
//     Every line end counts one line, inside quotes too.
//   - Empty lines (no byte before the line end) are skipped; their lines
//     are counted. A line of separators (",,,") is a record of empty
//     fields, and a line of spaces a record of one field: fields are never
//     trimmed; callers trim.
//   - Separators. Options.Comma, or, when it is zero, the one the header
//     line uses most outside quotes, of ',', ';', '\t' and '|' (ties go to
//     the earlier of these, so to ','); title lines above the header that
//     hold none of them are passed over. Reader.Comma tells which.
//   - Strict quoting (RFC 4180). A quote opens a quoted field only as its
//     first byte; in a quoted field "" is a quote, and the closing quote
//     must be followed by the separator, a line end or the end of the
//     input. A quote in an unquoted field, text after a closing quote, and
//     a quoted field that the end of the input closes are ErrQuote errors:
//     at the quote, at the text, and at the opening quote, saying that the
//     field ran to the end of the input (so that the lines it swallowed are
//     not lost silently).
//   - Bounded records. A record longer than Options.MaxRecord bytes
//     (1 MiB by default) is an ErrTooLong error at its start, and reading
//     stops: a line of 200 MB, or an endless stream without a line end,
//     costs about 1⅓ MaxRecord of memory, not its length. A record of
//     more than Options.MaxFields fields (1024) is an ErrTooManyFields
//     error.
//   - Field counts. After Reader.SetFieldCount(n), a record of other than
//     n fields is an ErrFieldCount error, at the first field too many or
//     at the end of a short record.
//   - Positions. Read returns the position of each record; FieldPos that
//     of each field (its opening quote for a quoted field). Lines and
//     columns start at 1; columns count bytes, as encoding/csv and the
//     rest of the project do; offsets count bytes from 0, of the UTF-8
//     text after the byte order mark (for UTF-16 input: of the text
//     decoded).
//   - Errors. Every problem of the text is an *Error with the file, line,
//     column and offset, wrapping ErrQuote, ErrTooLong, ErrTooManyFields,
//     ErrEncoding or ErrFieldCount for errors.Is. A record with a problem
//     is consumed whole, and reading goes on with the next: every record
//     of the input is read or reported, never dropped. ErrTooLong, a
//     failure of the underlying reader and invalid Options stop reading:
//     Read returns the error once, then io.EOF.
//
// Valid RFC 4180 text is read as encoding/csv reads it (with
// FieldsPerRecord -1): the same fields, lines and columns. The Reader
// reads ahead in blocks of 64 KiB, and reads simple records (on one line,
// already read whole) a word of 8 bytes at a time; it reads the benchmark
// file of bench_test.go (a million rows of the simple trade layout) two to
// three times as fast as encoding/csv, and allocates nothing per record
// where encoding/csv allocates one string.
package input
