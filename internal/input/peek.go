package input

import (
	"bytes"
	"io"
)

// Peek reads the first n bytes of r (all of them, if r holds fewer) and
// returns them with a reader of the whole input, those bytes first. It
// is bufio.Reader.Peek for a caller that looks at the start of a file
// before handing it on, without bufio's cost after that: through a
// bufio.Reader, every later byte is copied once more (a Reader's reads
// are shorter than bufio's buffer, so bufio reads into its own and
// copies), where the reader Peek returns passes each read after the head
// straight to r. A failure of r comes after the bytes read before it;
// a reader that returns nothing, and no error, 100 times in a row fails
// with io.ErrNoProgress, as bufio's does.
func Peek(r io.Reader, n int) (head []byte, all io.Reader) {
	head = make([]byte, max(n, 0))
	m, err := readFull(r, head)
	head = head[:m]
	switch err {
	case nil:
		return head, io.MultiReader(bytes.NewReader(head), r)
	case io.EOF:
		return head, bytes.NewReader(head)
	}
	return head, io.MultiReader(bytes.NewReader(head), errReader{err})
}

// readFull reads r into buf until buf is full or r fails (io.EOF when
// it ends first), as io.ReadFull does, but stops with io.ErrNoProgress
// after maxEmptyReads reads in a row of no bytes and no error, where
// io.ReadFull would go on for ever.
func readFull(r io.Reader, buf []byte) (int, error) {
	n, empty := 0, 0
	for n < len(buf) {
		k, err := r.Read(buf[n:])
		if k < 0 || k > len(buf)-n {
			return n, errInvalidCount
		}
		n += k
		if err != nil {
			return n, err
		}
		if k > 0 {
			empty = 0
		} else if empty++; empty >= maxEmptyReads {
			return n, io.ErrNoProgress
		}
	}
	return n, nil
}
