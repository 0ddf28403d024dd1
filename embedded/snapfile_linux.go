package embedded

import (
	"os"
	"syscall"
)

// mapSnapshot maps the snapshot file into memory rather than reading it:
// its pages are those the operating system already caches for the file
// (a snapshot is read soon after it was written), mapped in one call, not
// copied into fresh memory page by page, which at 20M credits took most of
// Open's time. The mapping is read-only (a writable private one would be
// copied page by page as it is mapped): the one table a load changes in
// place, the credits, is copied first (memGraph.readOnly).
//
// The graph's strings point into the mapping, and so do strings that
// queries return, which may outlive the store: so the mapping is never
// unmapped once the graph is laid over it. Its pages stay the file's, which
// the system can drop from memory and read again; a snapshot written later
// replaces the file by renaming, which leaves the mapped one as it was.
// release unmaps it, for a snapshot that is not used.
func mapSnapshot(path string) (data []byte, release func(), err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if fi.Size() == 0 || fi.Size() != int64(int(fi.Size())) {
		return nil, nil, errBadSnapshot
	}
	data, err = syscall.Mmap(int(f.Fd()), 0, int(fi.Size()), syscall.PROT_READ,
		syscall.MAP_PRIVATE|syscall.MAP_POPULATE)
	if err != nil {
		return nil, nil, &os.PathError{Op: "mmap", Path: path, Err: err}
	}
	return data, func() { syscall.Munmap(data) }, nil
}
