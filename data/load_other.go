//go:build !unix

package data

// openNonBlock is a no-op where FIFOs do not block an open.
const openNonBlock = 0
