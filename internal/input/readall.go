package input

import (
	"bytes"
	"io"
)

// ReadAll reads r to its end and returns what it read, if that is at most
// limit bytes. When r holds more, ReadAll stops at limit+1 bytes, keeps
// none of them and returns a nil slice with the position of the first byte
// over the limit (over.Line > 0 says so). Its memory stays near limit
// whatever r holds: it reads in chunks and joins them only for an input
// within the limit, where io.ReadAll, growing one slice, allocates several
// times the input (157 MB for a 64 MiB stream, measured). A failure of r
// is returned with what was read before it.
func ReadAll(r io.Reader, limit int64) (data []byte, over Pos, err error) {
	const maxChunk = 1 << 20
	var chunks [][]byte
	var total int64
	size := int64(4 << 10)
	lr := io.LimitReader(r, limit+1)
	for {
		buf := make([]byte, min(size, limit+1-total+1))
		n, rerr := readFull(lr, buf)
		chunks = append(chunks, buf[:n])
		total += int64(n)
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			return bytes.Join(chunks, nil), Pos{}, rerr
		}
		size = min(2*size, maxChunk)
	}
	if total <= limit {
		if len(chunks) == 1 {
			return chunks[0], Pos{}, nil
		}
		return bytes.Join(chunks, nil), Pos{}, nil
	}
	// Over the limit: the position of byte limit, from the chunks.
	over = Pos{Line: 1, Column: 1, Offset: limit}
	var off int64
	for _, c := range chunks {
		if off >= limit {
			break
		}
		c = c[:min(int64(len(c)), limit-off)]
		if i := bytes.LastIndexByte(c, '\n'); i >= 0 {
			over.Line += bytes.Count(c, []byte{'\n'})
			over.Column = len(c) - i
		} else {
			over.Column += len(c)
		}
		off += int64(len(c))
	}
	return nil, over, nil
}

// BlankBOM replaces a UTF-8 byte order mark at the start of data, as
// Windows editors save JSON, with three spaces, in place: the JSON readers
// read past it, and offsets, lines and columns stay those of the file.
func BlankBOM(data []byte) {
	if len(data) >= 3 && string(data[:3]) == "\ufeff" {
		copy(data, "   ")
	}
}
