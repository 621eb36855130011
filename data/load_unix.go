//go:build unix

package data

import "syscall"

// openNonBlock keeps an open of a FIFO from waiting for a writer; it has
// no effect on regular files.
const openNonBlock = syscall.O_NONBLOCK
