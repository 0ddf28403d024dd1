package embedded

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"unsafe"
)

// A snapshot is the in-memory layout written out as it is, so that Open reads
// one file instead of replaying every batch of the log. It sits next to the
// store file and names the store (its id) and the last batch it holds (its
// generation); Open replays only the batches after it, and falls back to the
// whole log when the snapshot is missing, damaged or not of this store.
//
// Layout (little-endian): magic, store id, generation, counts of people and
// shows, then each table (the adjacency included, so Open need not rebuild
// it) as a length in bytes and its bytes padded to 8, and last a CRC-32C of
// everything before it.

// SnapshotName is the snapshot's file name inside the data directory.
const SnapshotName = "castgraph.snap"

// snapMagic starts a snapshot; its last two bytes are the layout's
// version. A snapshot of another version is not used: Open replays the log
// instead (the log's format does not change with the layout), and the next
// Close writes the snapshot anew. Version 03 keeps evidence sentences as
// templates (sentence.go); 02 kept them as they were loaded.
var snapMagic = [8]byte{'C', 'G', 'S', 'N', 'A', 'P', '0', '3'}

// errOtherLayout is a snapshot of another version of the layout.
var errOtherLayout = errors.New("snapshot of another layout version")

var crcTable = crc32.MakeTable(crc32.Castagnoli)

var littleEndian = func() bool { x := uint16(1); return *(*byte)(unsafe.Pointer(&x)) == 1 }()

func rawBytes[T any](s []T) []byte {
	if len(s) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), len(s)*int(unsafe.Sizeof(s[0])))
}

func fromRaw[T any](b []byte) []T {
	var z T
	if len(b) == 0 {
		return nil
	}
	return unsafe.Slice((*T)(unsafe.Pointer(&b[0])), len(b)/int(unsafe.Sizeof(z)))
}

type snapWriter struct {
	w   *bufio.Writer
	crc uint32
	n   int64
	err error
}

func (sw *snapWriter) write(b []byte) {
	if sw.err != nil {
		return
	}
	sw.crc = crc32.Update(sw.crc, crcTable, b)
	_, sw.err = sw.w.Write(b)
	sw.n += int64(len(b))
}

func (sw *snapWriter) u64(v uint64) { sw.write(binary.LittleEndian.AppendUint64(nil, v)) }

func (sw *snapWriter) section(b []byte) {
	sw.u64(uint64(len(b)))
	sw.write(b)
	if pad := (8 - len(b)%8) % 8; pad > 0 {
		sw.write(make([]byte, pad))
	}
}

func (sw *snapWriter) strTab(t *strTab) {
	sw.section(t.data)
	sw.section(rawBytes(t.off))
}

// writeSnapshot writes g at generation gen to dir, atomically: a temporary
// file renamed over the old one. It does not wait for the disk (no fsync): a
// snapshot is only a shortcut, and one that a crash left incomplete fails
// its checksum, so Open replays the log instead.
//
// Without withAdj the adjacency's sections are left empty and Open builds
// it: a snapshot written in the middle of a bulk load is only read after a
// crash, and the next batch drops the adjacency it would have built.
func writeSnapshot(dir string, id [16]byte, gen uint64, g *memGraph, withAdj bool) error {
	if !littleEndian {
		return errors.New("snapshots need a little-endian machine")
	}
	path := filepath.Join(dir, SnapshotName)
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	// The adjacency goes last: it is built (when a load changed the credits)
	// on another core while the other tables are written.
	adjc := make(chan *adjacency, 1)
	if withAdj {
		go func() { adjc <- g.adjacency() }()
	} else {
		adjc <- &adjacency{}
	}
	sw := &snapWriter{w: bufio.NewWriterSize(f, 1<<20)}
	sw.write(snapMagic[:])
	sw.write(id[:])
	sw.u64(gen)
	sw.u64(uint64(g.people))
	sw.u64(uint64(g.shows))
	sw.section(g.nodeKind)
	sw.strTab(&g.nodeName)
	sw.strTab(&g.nodeKey)
	sw.strTab(&g.charName)
	sw.section(rawBytes(g.charShow))
	sw.section(rawBytes(g.credits))
	sw.section(rawBytes(g.evOff))
	sw.section(rawBytes(g.ev))
	sw.strTab(&g.sentences)
	sw.strTab(&g.articles)
	sw.strTab(&g.dates)
	sw.strTab(&g.jobs)
	sw.section(encodeSeasonSets(g.seasonSets))
	sw.section(encodeAliases(g.aliases))
	adj := <-adjc
	for _, c := range []*csr{&adj.credits, &adj.nbrs} {
		sw.section(rawBytes(c.off))
		sw.section(rawBytes(c.ids))
	}
	crc := sw.crc
	sw.write(binary.LittleEndian.AppendUint32(nil, crc))
	if sw.err == nil {
		sw.err = sw.w.Flush()
	}
	if err := f.Close(); sw.err == nil {
		sw.err = err
	}
	if sw.err != nil {
		return sw.err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	return nil
}

func encodeSeasonSets(sets [][]int) []byte {
	b := binary.AppendUvarint(nil, uint64(len(sets)))
	for _, s := range sets {
		b = binary.AppendUvarint(b, uint64(len(s)))
		for _, n := range s {
			b = binary.AppendUvarint(b, uint64(n))
		}
	}
	return b
}

func encodeAliases(m map[uint64][]string) []byte {
	b := binary.AppendUvarint(nil, uint64(len(m)))
	for ref, names := range m {
		b = binary.LittleEndian.AppendUint64(b, ref)
		b = binary.AppendUvarint(b, uint64(len(names)))
		for _, s := range names {
			b = binary.AppendUvarint(b, uint64(len(s)))
			b = append(b, s...)
		}
	}
	return b
}

var errBadSnapshot = errors.New("bad snapshot")

type snapReader struct {
	b   []byte
	err error
}

func (sr *snapReader) u64() uint64 {
	if sr.err != nil || len(sr.b) < 8 {
		sr.err = errBadSnapshot
		return 0
	}
	v := binary.LittleEndian.Uint64(sr.b)
	sr.b = sr.b[8:]
	return v
}

// section returns the next section, capped so that appends copy.
func (sr *snapReader) section(size int) []byte {
	n := sr.u64()
	padded := n + (8-n%8)%8
	if sr.err != nil || padded > uint64(len(sr.b)) || size > 1 && n%uint64(size) != 0 {
		sr.err = errBadSnapshot
		return nil
	}
	s := sr.b[:n:n]
	sr.b = sr.b[padded:]
	return s
}

func (sr *snapReader) strTab() strTab {
	data := sr.section(1)
	off := fromRaw[uint32](sr.section(4))
	if sr.err == nil && (len(off) == 0 || off[0] != 0 || int(off[len(off)-1]) != len(data)) {
		sr.err = errBadSnapshot
	}
	for i := 1; sr.err == nil && i < len(off); i++ {
		if off[i] < off[i-1] {
			sr.err = errBadSnapshot
		}
	}
	return strTab{data: data, off: off}
}

// readSnapshot reads the snapshot in dir, if it is one of store id at a
// generation no later than maxGen. It returns nil and no error when there is
// no snapshot.
func readSnapshot(dir string, id [16]byte, maxGen uint64) (*memGraph, uint64, error) {
	if !littleEndian {
		return nil, 0, nil
	}
	data, release, err := mapSnapshot(filepath.Join(dir, SnapshotName))
	if errors.Is(err, os.ErrNotExist) {
		return nil, 0, nil
	}
	if err != nil {
		return nil, 0, err
	}
	g, gen, err := useSnapshot(data, id, maxGen)
	if err != nil {
		release() // nothing points into it yet
		return nil, 0, err
	}
	g.readOnly = true
	return g, gen, nil
}

// useSnapshot checks a snapshot's bytes and lays the graph over them.
func useSnapshot(data []byte, id [16]byte, maxGen uint64) (*memGraph, uint64, error) {
	if len(data) < 8+16+8+4 || !bytes.Equal(data[:6], snapMagic[:6]) {
		return nil, 0, errBadSnapshot
	}
	if !bytes.Equal(data[:8], snapMagic[:]) {
		return nil, 0, fmt.Errorf("%w: version %s, this castgraph reads %s; the log is replayed instead and the next close writes one of this version",
			errOtherLayout, data[6:8], snapMagic[6:])
	}
	body := data[:len(data)-4]
	// The checksum, the checks of the tables and the node index take turns
	// on the cores: the tables are only read, and every access is bounds
	// checked, so a damaged file is refused, never crashed on.
	crcOK := make(chan bool, 1)
	go func() { crcOK <- crc32.Checksum(body, crcTable) == binary.LittleEndian.Uint32(data[len(data)-4:]) }()
	g, gen, err := decodeSnapshot(body, id, maxGen)
	if !<-crcOK {
		return nil, 0, fmt.Errorf("%w: checksum mismatch", errBadSnapshot)
	}
	return g, gen, err
}

// decodeSnapshot lays the graph over a snapshot's bytes and checks it.
func decodeSnapshot(body []byte, id [16]byte, maxGen uint64) (*memGraph, uint64, error) {
	var err error
	if !bytes.Equal(body[8:24], id[:]) {
		return nil, 0, fmt.Errorf("%w: made for another store file", errBadSnapshot)
	}
	sr := &snapReader{b: body[24:]}
	gen := sr.u64()
	if gen > maxGen {
		return nil, 0, fmt.Errorf("%w: generation %d is ahead of the store file's %d", errBadSnapshot, gen, maxGen)
	}
	g := &memGraph{}
	g.people, g.shows = int(sr.u64()), int(sr.u64())
	g.nodeKind = sr.section(1)
	g.nodeName = sr.strTab()
	g.nodeKey = sr.strTab()
	g.charName = sr.strTab()
	g.charShow = fromRaw[uint32](sr.section(4))
	g.credits = fromRaw[credit](sr.section(int(unsafe.Sizeof(credit{}))))
	g.evOff = fromRaw[uint32](sr.section(4))
	g.ev = fromRaw[evidence](sr.section(int(unsafe.Sizeof(evidence{}))))
	g.sentences = sr.strTab()
	g.articles = sr.strTab()
	g.dates = sr.strTab()
	g.jobs = sr.strTab()
	sets, aliases := sr.section(1), sr.section(1)
	adj := &adjacency{}
	for _, c := range []*csr{&adj.credits, &adj.nbrs} {
		c.off = fromRaw[uint32](sr.section(4))
		c.ids = fromRaw[uint32](sr.section(4))
	}
	if sr.err != nil {
		return nil, 0, sr.err
	}
	if g.seasonSets, err = decodeSeasonSets(sets); err != nil {
		return nil, 0, err
	}
	if g.aliases, err = decodeAliases(aliases); err != nil {
		return nil, 0, err
	}
	if g.nodeKey.len() != len(g.nodeKind) { // what the node index needs
		return nil, 0, fmt.Errorf("%w: tables do not fit together", errBadSnapshot)
	}
	checked := make(chan error, 1)
	go func() {
		err := g.check()
		if err == nil {
			err = g.checkAdjacency(adj)
		}
		checked <- err
	}()
	g.rebuildNodeIndex()
	if err := <-checked; err != nil {
		return nil, 0, err
	}
	if !adj.absent() {
		g.adj = adj
	}
	return g, gen, nil
}

func decodeSeasonSets(b []byte) ([][]int, error) {
	r := bytes.NewReader(b)
	n, err := binary.ReadUvarint(r)
	if err != nil || n == 0 || n > uint64(len(b)) {
		return nil, errBadSnapshot
	}
	sets := make([][]int, n)
	for i := range sets {
		k, err := binary.ReadUvarint(r)
		if err != nil || k > 1001 {
			return nil, errBadSnapshot
		}
		for range k {
			v, err := binary.ReadUvarint(r)
			if err != nil {
				return nil, errBadSnapshot
			}
			sets[i] = append(sets[i], int(v))
		}
	}
	return sets, nil
}

func decodeAliases(b []byte) (map[uint64][]string, error) {
	r := bytes.NewReader(b)
	n, err := binary.ReadUvarint(r)
	if err != nil || n > uint64(len(b)) {
		return nil, errBadSnapshot
	}
	m := make(map[uint64][]string, n)
	for range n {
		var ref [8]byte
		if _, err := io.ReadFull(r, ref[:]); err != nil {
			return nil, errBadSnapshot
		}
		k, err := binary.ReadUvarint(r)
		if err != nil || k > uint64(len(b)) {
			return nil, errBadSnapshot
		}
		names := make([]string, k)
		for i := range names {
			l, err := binary.ReadUvarint(r)
			if err != nil || l > uint64(r.Len()) {
				return nil, errBadSnapshot
			}
			s := make([]byte, l)
			io.ReadFull(r, s)
			names[i] = string(s)
		}
		m[binary.LittleEndian.Uint64(ref[:])] = names
	}
	return m, nil
}

// absent reports an adjacency whose sections a snapshot left empty.
func (a *adjacency) absent() bool {
	return len(a.credits.off)+len(a.credits.ids)+len(a.nbrs.off)+len(a.nbrs.ids) == 0
}

// checkAdjacency makes sure a decoded adjacency fits the graph's credits,
// when the snapshot holds one.
func (g *memGraph) checkAdjacency(a *adjacency) error {
	if a.absent() {
		return nil
	}
	n := len(g.nodeKind)
	ok := len(a.credits.off) == n+1 && len(a.nbrs.off) == n+1 && len(a.credits.ids) == 2*len(g.credits) &&
		int(a.credits.off[n]) == len(a.credits.ids) && int(a.nbrs.off[n]) == len(a.nbrs.ids) && a.credits.off[0] == 0 && a.nbrs.off[0] == 0
	for i := 0; ok && i < n; i++ {
		ok = a.credits.off[i] <= a.credits.off[i+1] && a.nbrs.off[i] <= a.nbrs.off[i+1]
	}
	nc := uint32(len(g.credits))
	for _, id := range a.credits.ids {
		ok = ok && id < nc
	}
	for _, id := range a.nbrs.ids {
		ok = ok && id < uint32(n)
	}
	if !ok {
		return fmt.Errorf("%w: adjacency does not fit the credits", errBadSnapshot)
	}
	return nil
}

// check makes sure a decoded graph's ids all point inside its tables, so a
// damaged snapshot that passes the checksum cannot crash a query.
func (g *memGraph) check() error {
	n := uint32(len(g.nodeKind))
	ok := g.nodeName.len() == int(n) && g.nodeKey.len() == int(n) && g.charName.len() == len(g.charShow) &&
		len(g.evOff) == len(g.credits)+1 && g.dates.len() >= 1 && int(g.evOff[len(g.evOff)-1]) == len(g.ev)
	for i := 0; ok && i < len(g.evOff)-1; i++ {
		ok = g.evOff[i] <= g.evOff[i+1]
	}
	for _, k := range g.nodeKind {
		ok = ok && k <= kindShow
	}
	for _, s := range g.charShow {
		ok = ok && s < n
	}
	nc, nj, ns := uint32(len(g.charShow)), uint32(g.jobs.len()), uint32(len(g.seasonSets))
	for _, c := range g.credits {
		d := c.detail &^ castBit
		ok = ok && c.person < n && c.show < n && c.seasons < ns && (d == 0 || c.cast() && d <= nc || !c.cast() && d <= nj)
	}
	na, nd, nsent := uint32(g.articles.len()), uint32(g.dates.len()), uint32(g.sentences.len())
	for _, e := range g.ev {
		ok = ok && e.article < na && e.date < nd && e.sentence < nsent
	}
	if !ok {
		return fmt.Errorf("%w: tables do not fit together", errBadSnapshot)
	}
	return nil
}
