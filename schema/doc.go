// Package schema serves a graph.Store over GraphQL: the types and resolvers
// of castgraph's API, and the HTTP handler for /graphql.
//
// The handler follows the GraphQL-over-HTTP specification: POST with an
// application/json body, or GET with the request in the URL (queries only:
// a mutation over GET gets 405). It answers in
// application/graphql-response+json when the Accept header asks for it
// (then a request that fails to parse or validate gets 400) and in
// application/json otherwise (then such a request gets 200 with its errors).
// A browser asking for HTML with no query gets the playground (package
// schema/playground).
//
// Limits protect the server, each with a safe default in HandlerConfig: body
// size, fields per document, query depth, estimated cost, page size (first)
// and time per request, which reaches the store through the context. A
// request over a limit gets an error whose extensions name the limit and its
// value. Parsed and validated documents are cached by query text.
//
// Lists come both as plain lists (Show.cast, Person.roles, ...) and as
// Relay-style connections with first/after (and last/before, backward),
// pageInfo and totalCount (Show.castConnection, Person.credits,
// Query.searchConnection, ...), with filters by kind, season and job.
// Query.shows and Query.people list every node (graph.Browser), and
// Query.node finds a person, show or character by its id (the Node
// interface). The people and shows that a query needs
// are loaded per level of the query in one call (see graph.Batcher and
// LoadPeople), not once per field.
//
// Mutations (loadFacts, ingestArticle, retractArticle) run only for requests carrying the
// server's write token as a bearer token; without a token the API is
// read-only.
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
