// Package neo4j is a graph.Store kept in a Neo4j 5 server, reached over Bolt
// with the official Go driver. It is the only package that imports the driver.
//
// The graph is stored as:
//
//	(:Person {key, name, aliases, search})
//	(:Show {key, title, aliases, search})
//	(:Character {key, name, aliases, search})-[:IN]->(:Show)
//	(:Person)-[:PLAYED {seasons, evArticles, evSentences, evDates}]->(:Character)
//	(:Person)-[:APPEARED_IN {seasons, ev...}]->(:Show)
//	(:Person)-[:WORKED_ON {job, seasons, ev...}]->(:Show)
//
// Node keys are the folded keys of package graph (PersonKey, ShowKey,
// CharacterKey); a node's ID is its kind and key ("person:lee min jae"). A
// credit edge is known by its ends (and, for WORKED_ON, its job folded):
// there is at most one PLAYED from a person to a character, one APPEARED_IN
// from a person to a show, and one WORKED_ON per job. It carries the sorted
// union of its seasons and its evidence as three parallel lists, sorted and
// without duplicates. The search property holds every spelling of a node,
// folded, for the full-text index that Search uses to find candidates
// before it scores them with graph.MatchScore. That index is updated just
// after each commit rather than inside it, and Search first waits for the
// updates of the commits before it.
//
// Open creates the uniqueness constraints and the full-text index when they
// are missing. Load writes one batch in one managed write transaction: it
// reads the state of the nodes and credits the batch touches (only credits
// whose ends already exist), merges the facts into it in Go, then creates
// the new nodes and edges and sets the changed properties with a few UNWIND
// queries of up to 20,000 rows each, matching stored entities by element ID
// (characters by key). Loads are serialised by a lock node, so the summary
// each one reports is exact even when several processes load into one
// database. A store remembers the nodes its loads read and wrote, and reads
// them again only when another writer has loaded since (each load leaves a
// token on the lock node) or when a write does not find what it expected,
// as after an edit of the graph by hand.
//
// The package owns the mapping between the domain and Cypher; the domain
// rules (identity, the order of answers) come from package graph, and the
// server itself is run by scripts/neo4j in development and CI.
package neo4j
