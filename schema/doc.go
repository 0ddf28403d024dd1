// Package schema serves a graph.Store over GraphQL: the types and resolvers
// of castgraph's API, and the HTTP handler for /graphql.
//
// It holds no storage code: every answer comes from the graph.Store it is
// given. Coded graph errors (not found, invalid) reach the user with their
// message and an extensions.code; any other error is logged and shown as
// "internal error".
package schema
