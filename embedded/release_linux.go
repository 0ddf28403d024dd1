package embedded

import (
	"syscall"
	"unsafe"
)

// releasePages gives the memory pages that lie wholly inside b back to the
// operating system (they read as zeros afterwards): b is a part of a table
// the store has copied elsewhere and never reads again. The pages at either
// end, which b may share with other data, are kept.
func releasePages(b []byte) {
	page := syscall.Getpagesize()
	if len(b) < 2*page {
		return
	}
	lo := (page - int(uintptr(unsafe.Pointer(&b[0]))%uintptr(page))) % page
	hi := lo + (len(b)-lo)/page*page
	if hi > lo {
		syscall.Madvise(b[lo:hi], syscall.MADV_DONTNEED)
	}
}
