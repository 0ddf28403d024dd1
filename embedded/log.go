package embedded

import (
	"encoding/binary"
	"errors"
	"fmt"
	"unsafe"

	"github.com/castgraph/castgraph/graph"
)

// The log holds every batch that changed the graph, as its normalized facts,
// under keys (generation, chunk), both big-endian: replaying it in key order
// rebuilds the graph. Facts are encoded one after another: a kind byte, then
// person, show, character, job, evidence, article and date as a length and
// bytes, then the number of seasons and each season.

// logChunkBytes is about how much of a batch goes in one bbolt value.
const logChunkBytes = 1 << 20

func logKey(gen uint64, chunk uint32) []byte {
	k := make([]byte, 12)
	binary.BigEndian.PutUint64(k, gen)
	binary.BigEndian.PutUint32(k[8:], chunk)
	return k
}

// encodeFacts appends facts to buf.
func encodeFacts(buf []byte, facts []prepared) []byte {
	for i := range facts {
		buf = encodeFact(buf, &facts[i].Fact)
	}
	return buf
}

// encodeFact appends one fact to buf.
func encodeFact(buf []byte, f *graph.Fact) []byte {
	str := func(s string) {
		buf = binary.AppendUvarint(buf, uint64(len(s)))
		buf = append(buf, s...)
	}
	kind := byte(0)
	if f.Kind == graph.KindCrew {
		kind = 1
	}
	buf = append(buf, kind)
	str(f.Person)
	str(f.Show)
	str(f.Character)
	str(f.Job)
	str(f.Evidence)
	str(f.Article)
	str(f.Date)
	buf = binary.AppendUvarint(buf, uint64(len(f.Seasons)))
	for _, s := range f.Seasons {
		buf = binary.AppendUvarint(buf, uint64(s))
	}
	return buf
}

var errBadLog = errors.New("bad log record")

// decodeFacts appends the facts of one chunk. The strings point into data,
// which the caller must not change afterwards.
func decodeFacts(facts []graph.Fact, data []byte) ([]graph.Fact, error) {
	for len(data) > 0 {
		var f graph.Fact
		switch data[0] {
		case 0:
			f.Kind = graph.KindCast
		case 1:
			f.Kind = graph.KindCrew
		default:
			return nil, errBadLog
		}
		data = data[1:]
		for _, p := range []*string{&f.Person, &f.Show, &f.Character, &f.Job, &f.Evidence, &f.Article, &f.Date} {
			n, k := binary.Uvarint(data)
			if k <= 0 || uint64(len(data)-k) < n {
				return nil, errBadLog
			}
			if n > 0 {
				*p = unsafe.String(&data[k], int(n))
			}
			data = data[k+int(n):]
		}
		n, k := binary.Uvarint(data)
		if k <= 0 || n > 1001 {
			return nil, errBadLog
		}
		data = data[k:]
		for range n {
			s, k := binary.Uvarint(data)
			if k <= 0 || s > graph.MaxSeason {
				return nil, errBadLog
			}
			f.Seasons = append(f.Seasons, int(s))
			data = data[k:]
		}
		facts = append(facts, f)
	}
	return facts, nil
}

func logGen(k []byte) (uint64, error) {
	if len(k) != 12 {
		return 0, fmt.Errorf("log key %x: %w", k, errBadLog)
	}
	return binary.BigEndian.Uint64(k), nil
}
