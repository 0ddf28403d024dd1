//go:build !linux

package embedded

import "os"

// mapSnapshot reads the snapshot file into memory (where the store does not
// map it, see the Linux version).
func mapSnapshot(path string) (data []byte, release func(), err error) {
	data, err = os.ReadFile(path)
	return data, func() {}, err
}
