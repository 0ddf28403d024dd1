package neo4j

import "strings"

// IsURI reports whether loc is a Neo4j URI: one of the schemes Open takes
// (bolt://, neo4j://, each also with +s or +ssc for TLS), rather than, say,
// a data directory.
func IsURI(loc string) bool {
	for _, sc := range schemes {
		if strings.HasPrefix(loc, sc+"://") {
			return true
		}
	}
	return false
}
