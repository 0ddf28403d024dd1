// Package schema is castgraph's GraphQL API over a graph.Store: its types
// and resolvers. Serving it over HTTP is package server's.
//
// Lists come both as plain lists (Show.cast, Person.roles, ...) and as
// Relay-style connections with first/after (and last/before, backward),
// pageInfo and totalCount (Show.castConnection, Person.credits,
// Query.searchConnection, ...), with filters by kind, season and job.
// Query.shows and Query.people list every node (graph.Browser), and
// Query.node finds a person, show or character by its id (the Node
// interface). The people and shows that a query needs
// are loaded per level of the query in one call (see graph.Batcher and
// graph.LoadPeople), not once per field; linkingActors asks the store for
// no evidence when the query selects none (graph.LinkingActorsOf).
//
// Mutations (loadFacts, ingestArticle, retractArticle) run only for
// requests whose context says they carried the server's write token
// (WithAccess); without a token the API is read-only.
//
// It holds no storage code: every answer comes from the graph.Store it is
// given. Coded graph errors (not found, invalid) reach the user with their
// message and an extensions.code; any other error is logged and shown as
// "internal error".
//
// A failed field does not fail the response: the root fields, and every
// field that asks the store or checks arguments (a person's or show's
// lists and connections), are nullable, so a field that fails is null, its
// error carries its path, and the rest of the data stays (GraphQL's field
// errors). Fields that only read what their parent holds stay non-null.
package schema
