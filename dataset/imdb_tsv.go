package dataset

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/bits"
	"strconv"
	"strings"

	"github.com/castgraph/castgraph/graph"
)

// tsvFile reads one of IMDb's files a row at a time: gzipped UTF-8, a header
// line, then rows of tab-separated fields with `\N` for null and no quoting.
// It holds one line at a time, never the file.
type tsvFile struct {
	name   string // the file's name, as errors give it
	f      fs.File
	z      *gzip.Reader
	br     *bufio.Reader
	width  int      // fields a row has: the header's
	row    int      // the current row, from 1 after the header
	line   []byte   // the current row, without its newline
	long   []byte   // the line, when it is longer than br's buffer
	fields [][]byte // the current row's fields, into line
}

// openTSV opens file in fsys and checks its header against header.
func openTSV(fsys fs.FS, file string, header ...string) (*tsvFile, error) {
	f, err := fsys.Open(file)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	t := &tsvFile{name: file, f: f, width: len(header), fields: make([][]byte, 0, len(header))}
	if t.z, err = gzip.NewReader(f); err != nil {
		f.Close()
		return nil, graph.Errorf(graph.EINVALID, "%s: not a gzip file: %v", file, err)
	}
	t.br = bufio.NewReaderSize(t.z, 1<<16)
	if err := t.readLine(); err != nil {
		t.Close()
		if errors.Is(err, io.EOF) {
			return nil, graph.Errorf(graph.EINVALID, "%s: empty file, want the header %q", file, joinTabs(header))
		}
		return nil, t.failed(err)
	}
	if string(t.line) != joinTabs(header) {
		t.Close()
		return nil, graph.Errorf(graph.EINVALID, "%s: header %q, want %q", file, t.line, joinTabs(header))
	}
	return t, nil
}

func joinTabs(fields []string) string {
	var b bytes.Buffer
	for i, f := range fields {
		if i > 0 {
			b.WriteByte('\t')
		}
		b.WriteString(f)
	}
	return b.String()
}

// Close closes the file.
func (t *tsvFile) Close() {
	t.z.Close()
	t.f.Close()
}

// next reads the next row into t.fields. It returns false at the end of the
// file, and an error naming the file and row for a row of the wrong width
// or a file that cannot be read.
func (t *tsvFile) next() (bool, error) {
	err := t.readLine()
	if errors.Is(err, io.EOF) {
		return false, nil
	}
	if err != nil {
		return false, t.failed(err)
	}
	t.row++
	t.fields = t.fields[:0]
	rest := t.line
	for {
		i := bytes.IndexByte(rest, '\t')
		if i < 0 {
			t.fields = append(t.fields, rest)
			break
		}
		t.fields = append(t.fields, rest[:i])
		rest = rest[i+1:]
	}
	if len(t.fields) != t.width {
		return false, t.errorf("%d fields, want %d", len(t.fields), t.width)
	}
	return true, nil
}

// readLine reads one line into t.line. A last line without a newline is a
// line; an empty file's end is io.EOF.
func (t *tsvFile) readLine() error {
	line, err := t.br.ReadSlice('\n')
	if errors.Is(err, bufio.ErrBufferFull) {
		t.long = append(t.long[:0], line...)
		for errors.Is(err, bufio.ErrBufferFull) {
			line, err = t.br.ReadSlice('\n')
			t.long = append(t.long, line...)
		}
		line = t.long
	}
	if errors.Is(err, io.EOF) && len(line) > 0 {
		err = nil
	}
	if err != nil {
		return err
	}
	line = bytes.TrimSuffix(line, []byte{'\n'})
	t.line = bytes.TrimSuffix(line, []byte{'\r'})
	return nil
}

// failed is an error reading the file (a broken gzip stream, say), after
// the current row.
func (t *tsvFile) failed(err error) error {
	return graph.Errorf(graph.EINVALID, "%s: after row %d: %v", t.name, t.row, err)
}

// errorf is an error in the current row.
func (t *tsvFile) errorf(format string, args ...any) error {
	return graph.Errorf(graph.EINVALID, "%s: row %d: %s", t.name, t.row, fmt.Sprintf(format, args...))
}

// text is the current row with its tabs as spaces: the row as evidence.
func (t *tsvFile) text() string {
	return strings.ReplaceAll(string(t.line), "\t", " ")
}

// null is IMDb's null field.
var null = []byte(`\N`)

// id parses an IMDb identifier of the form prefix and digits ("tt0000001",
// "nm0000001") into its number, for the field called field.
func (t *tsvFile) id(i int, prefix, field string) (uint32, error) {
	b := t.fields[i]
	if len(b) > len(prefix) && string(b[:len(prefix)]) == prefix {
		if n, err := strconv.ParseUint(string(b[len(prefix):]), 10, 32); err == nil {
			return uint32(n), nil
		}
	}
	return 0, t.errorf("%s %q is not an IMDb id (%s and digits)", field, b, prefix)
}

// year parses a YYYY field, 0 for null.
func (t *tsvFile) year(i int, field string) (uint16, error) {
	b := t.fields[i]
	if bytes.Equal(b, null) {
		return 0, nil
	}
	if n, err := strconv.ParseUint(string(b), 10, 16); err == nil && len(b) == 4 {
		return uint16(n), nil
	}
	return 0, t.errorf("%s %q is not a year", field, b)
}

// characters parses the characters field, a JSON list of strings or null,
// into chars (reused). The usual list, with no escapes, is split in place.
func (t *tsvFile) characters(i int, chars [][]byte) ([][]byte, error) {
	chars = chars[:0]
	b := t.fields[i]
	if bytes.Equal(b, null) {
		return chars, nil
	}
	if len(b) >= 4 && b[0] == '[' && b[1] == '"' && b[len(b)-2] == '"' && b[len(b)-1] == ']' && bytes.IndexByte(b, '\\') < 0 {
		rest := b[2 : len(b)-2]
		for {
			j := bytes.Index(rest, []byte(`","`))
			if j < 0 {
				break
			}
			chars = append(chars, rest[:j])
			rest = rest[j+3:]
		}
		if bytes.IndexByte(rest, '"') < 0 {
			return append(chars, rest), nil
		}
	}
	var list []string
	if err := json.Unmarshal(b, &list); err != nil {
		return chars, t.errorf("characters %q is not a JSON list of strings: %v", b, err)
	}
	chars = chars[:0]
	for _, c := range list {
		chars = append(chars, []byte(c))
	}
	return chars, nil
}

// arena holds many short strings in one byte slice, each as its length (a
// uvarint) and its bytes, named by its offset.
type arena []byte

func (a *arena) add(s []byte) (uint32, error) {
	off := len(*a)
	if off+len(s)+binary.MaxVarintLen64 > 1<<32-1 {
		return 0, errors.New("more than 4 GiB of names")
	}
	*a = binary.AppendUvarint(*a, uint64(len(s)))
	*a = append(*a, s...)
	return uint32(off), nil
}

func (a arena) get(off uint32) string {
	n, k := binary.Uvarint(a[off:])
	start := int(off) + k
	return string(a[start : start+int(n)])
}

// bitset is a set of ids, grown as needed.
type bitset []uint64

func (s *bitset) add(id uint32) {
	w := int(id / 64)
	if w >= len(*s) {
		*s = append(*s, make([]uint64, w+1-len(*s))...)
	}
	(*s)[w] |= 1 << (id % 64)
}

func (s bitset) has(id uint32) bool {
	w := int(id / 64)
	return w < len(s) && s[w]&(1<<(id%64)) != 0
}

// keySet is a set of 64-bit keys (hashes) in one slice, open addressing
// with linear probing: 11 to 21 bytes a key, where a Go map takes 23 to 30.
// remove leaves a tombstone in the key's slot, so that keys are removed
// without moving others.
type keySet struct {
	slots []uint64 // empty, tomb or a key
	used  int      // slots that are not empty
}

const tomb = ^uint64(0) // a removed key's slot; empty slots are 0

// slot returns the slot of k: where it is, or the empty slot it would go in.
func (s *keySet) slot(k uint64) int {
	mask := len(s.slots) - 1
	i := int((k*0x9E3779B97F4A7C15)>>32) & mask
	for s.slots[i] != 0 && s.slots[i] != k {
		i = (i + 1) & mask
	}
	return i
}

// setKey keeps keys off the empty and tombstone values.
func setKey(k uint64) uint64 {
	if k == 0 || k == tomb {
		return 1
	}
	return k
}

// add adds k, and reports whether it was not there.
func (s *keySet) add(k uint64) bool {
	k = setKey(k)
	if (s.used+1)*4 > len(s.slots)*3 {
		old := s.slots
		s.slots, s.used = make([]uint64, max(1024, 2*len(old))), 0
		for _, o := range old {
			if o != 0 && o != tomb {
				s.slots[s.slot(o)] = o
				s.used++
			}
		}
	}
	i := s.slot(k)
	if s.slots[i] == k {
		return false
	}
	s.slots[i] = k
	s.used++
	return true
}

// remove removes k, and reports whether it was there.
func (s *keySet) remove(k uint64) bool {
	if len(s.slots) == 0 {
		return false
	}
	i := s.slot(setKey(k))
	if s.slots[i] == 0 {
		return false
	}
	s.slots[i] = tomb
	return true
}

// rankSet is a set of ids that gives each id its rank among them: a bitset,
// and the number of ids before each of its words. It takes about a quarter
// of a byte per id up to the largest, against a binary search's log2(n)
// scattered reads a lookup.
type rankSet struct {
	bits   bitset
	before []uint32
}

// newRankSet returns the set of the n ids id(0) < id(1) < ... < id(n-1).
func newRankSet(n int, id func(i int) uint32) rankSet {
	var s rankSet
	for i := range n {
		s.bits.add(id(i))
	}
	s.before = make([]uint32, len(s.bits))
	c := uint32(0)
	for w, word := range s.bits {
		s.before[w] = c
		c += uint32(bits.OnesCount64(word))
	}
	return s
}

// rank returns the rank of id, and whether it is in the set.
func (s *rankSet) rank(id uint32) (int, bool) {
	w := int(id / 64)
	if w >= len(s.bits) || s.bits[w]&(1<<(id%64)) == 0 {
		return 0, false
	}
	return int(s.before[w]) + bits.OnesCount64(s.bits[w]&(1<<(id%64)-1)), true
}
