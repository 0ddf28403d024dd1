// Package server serves castgraph over HTTP: GraphQL over HTTP for the
// schema of package schema (Handler), the routes of the whole server (New:
// /graphql, /explore, /playground, /healthz, /readyz, /metrics), the
// middleware (request log, CORS, in-flight gauge), the Prometheus metrics
// and the store decorator that times store calls and bounds how many run
// at once (Metrics.LimitedStore).
//
// Handler follows the GraphQL-over-HTTP specification: POST with an
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
// value. Parsed and validated documents are cached by query text, with the
// order of the fields their responses write (the GraphQL order, which Go's
// maps lose).
//
// It holds no GraphQL types or resolvers (package schema) and no storage
// (graph.Store).
package server
