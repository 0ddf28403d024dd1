package extract

import (
	"encoding/binary"
	"math/bits"
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
