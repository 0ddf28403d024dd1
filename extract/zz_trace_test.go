package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestZZTrace(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("ZZFILE"))
	traceAdd = func(kind, person, show, character, job string) {
		fmt.Printf("ADD %q %q %q %q %q\n", kind, person, show, character, job)
	}
	defer func() { traceAdd = nil }()
	a, _ := Parse("t", strings.NewReader(string(b)))
	for _, f := range Extract(a, Options{}) {
		fmt.Println("FACT", f.Kind, f.Person, "|", f.Show, "|", f.Job)
	}
}
