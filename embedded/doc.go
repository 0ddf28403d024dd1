// Package embedded is castgraph's default graph.Store: a single data
// directory on disk, no server, sized for a whole film and TV credit database
// (millions of credits) in one process.
//
// On disk the directory holds two files:
//
//   - castgraph.db (bbolt, ACID transactions) is the source of truth: a log of
//     every batch that changed the graph, as its normalized facts, one bbolt
//     transaction per Load, so a batch lands whole or not at all, even when
//     the process dies mid-write;
//   - castgraph.snap is the in-memory layout written out as it is, with the
//     generation (the last batch) it holds, so that Open maps one file
//     into memory (the graph's tables are its pages, not copies of them)
//     instead of replaying every fact. Close writes it, and so does a load
//     once many facts have piled up since the last one (leaving out the
//     adjacency, which the next batch would change: Open builds it then,
//     and the next Close writes a snapshot that has it). Open replays only the
//     batches after it, and the whole log when it is missing, damaged (it has
//     a checksum), not of this store or of another layout version.
//
// Queries are answered from memory. The layout is compact: integer ids for
// people, shows and characters; names, keys and sentences interned in
// append-only byte tables, each evidence sentence as a template in which the
// names of its credit are references, so that sentences alike but for the
// names are stored once; credits and their evidence in flat slices;
// adjacency in compressed sparse rows, each node's credits sorted by the node
// at the other end (linkingActors is a merge join). shortestPath is a
// breadth-first search from both ends on integer ids, with visited bitmaps
// reused between searches, that expands the end with fewer edges to scan and
// looks for the other end's nodes before it expands, so that the largest
// layer, where the two meet, is never built.
//
// A Load prepares its facts (normalizes, validates, folds keys) on every core
// and merges them against the graph while readers go on; the log is written
// meanwhile; memory changes only once the batch is durable, under a lock
// that readers also take, so a reader sees either all of a batch or none of
// it.
//
// A retraction (graph.Retracter) rewrites the log without the articles'
// facts and builds the graph again from it inside the same bbolt
// transaction, so the graph it leaves is exactly the one the other facts
// load to; a snapshot older than the last retraction is not used. It takes
// time in proportion to the log (about 0.4 s for a whole retract command
// on 100,000 credits) and, while it runs, memory for two graphs.
//
// The package owns the on-disk format and the traversals; the domain rules
// (identity, order of answers) come from package graph.
package embedded
