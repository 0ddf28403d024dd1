package neo4j

import "testing"

func TestIsURI(t *testing.T) {
	for loc, want := range map[string]bool{
		"bolt://127.0.0.1:7687": true, "bolt+s://db.example.org": true, "bolt+ssc://h": true,
		"neo4j://h:7687": true, "neo4j+s://h": true, "neo4j+ssc://h": true,
		"data/castgraph": false, "http://h": false, "bolt:/h": false, "": false,
	} {
		if got := IsURI(loc); got != want {
			t.Errorf("IsURI(%q) = %v, want %v", loc, got, want)
		}
	}
}
