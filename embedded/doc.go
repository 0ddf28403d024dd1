// Package embedded is castgraph's default graph.Store: a single data
// directory on disk, no server.
//
// Durability comes from bbolt (one file, ACID transactions): every credit and
// node is a record there, and one Load is one bbolt transaction, so a batch
// lands whole or not at all, even when the process dies mid-write. Queries
// are answered from an in-memory copy of the graph (maps and adjacency lists)
// that is built when the store opens and updated after each commit, under a
// lock, so a reader sees either all of a batch or none of it.
//
// The package owns the on-disk format and the traversals; the domain rules
// (identity, order of answers) come from package graph.
package embedded
