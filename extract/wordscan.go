package extract

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unsafe"
)

// alnumEnd returns the end of the run of ASCII letters and digits of s that
// starts at j: the index of the first other byte, or len(s). It reads eight
// bytes at a time while eight are left, testing each byte's range in the
// one word (a byte past ASCII is no letter here).
func alnumEnd(s string, j int) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	for j+8 <= len(s) {
		w := load64(s, j)
		x := w &^ highs // each byte below 0x80: the sums below carry into no other byte
		y := x | 0x20*ones
		letter := (y + (0x80-'a')*ones) &^ (y + (0x7f-'z')*ones) // from a to z, of either case
		digit := (x + (0x80-'0')*ones) &^ (x + (0x7f-'9')*ones)  // from 0 to 9
		if other := ^(letter|digit)&highs | w&highs; other != 0 {
			return j + bits.TrailingZeros64(other)>>3
		}
		j += 8
	}
	for j < len(s) && alnumByte[s[j]] {
		j++
	}
	return j
}

// load64 is the eight bytes of s from i on as a little-endian number; the
// caller has checked that i+8 <= len(s). It reads at s's address plus i,
// without cutting s (a new string and its bounds checks at each call).
func load64(s string, i int) uint64 {
	return binary.LittleEndian.Uint64(unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(unsafe.StringData(s)), i)), 8))
}

// store64 writes v to b[i:i+8] as a little-endian number; the caller has
// checked that i+8 <= len(b).
func store64(b []byte, i int, v uint64) {
	binary.LittleEndian.PutUint64(unsafe.Slice((*byte)(unsafe.Add(unsafe.Pointer(unsafe.SliceData(b)), i)), 8), v)
}

// indexRare is strings.Index(s, sub): it looks for the byte of sub that
// prose writes least often (byteCommon), where strings.Index looks for
// sub's first byte and then compares. A word in lower case ("lion",
// "smith") opens with a letter found every few bytes; its rarest letter is
// found far less often, and each find costs a call.
func indexRare(s, sub string) int {
	n := len(sub)
	if n < 2 || len(s) < 64 {
		return strings.Index(s, sub)
	}
	k := 0
	for j := 1; j < n; j++ {
		if byteCommon[sub[j]] < byteCommon[sub[k]] {
			k = j
		}
	}
	if k == 0 {
		return strings.Index(s, sub) // its first byte is already the rarest
	}
	c, last := sub[k], len(s)-n+k // the byte and its last possible place
	fails := 0
	for i := k; i <= last; {
		o := strings.IndexByte(s[i:last+1], c)
		if o < 0 {
			return -1
		}
		at := i + o - k
		if s[at:at+n] == sub {
			return at
		}
		i += o + 1
		if fails++; fails > (i+16)/8 { // the byte is not rare here: strings.Index's own way
			if r := strings.Index(s[at+1:], sub); r >= 0 {
				return at + 1 + r
			}
			return -1
		}
	}
	return -1
}

// byteCommon ranks the bytes by how often prose writes them: a letter in
// lower case by its frequency in English, a capital far less often, a
// byte past ASCII about as often as a letter in the middle.
var byteCommon = func() (t [256]uint8) {
	for c := range t {
		t[c] = 30 // marks, digits, bytes past ASCII
	}
	for i, c := range []byte("etaoinshrdlcumwfgypbvkjxqz") {
		t[c] = uint8(200 - 7*i)
		t[c-'a'+'A'] = uint8(60 - 2*i)
	}
	t[' '] = 255
	return t
}()
