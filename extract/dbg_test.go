package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDbgFocus(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("ART"))
	a, _ := Parse("test", strings.NewReader(string(b)))
	traceSentence = func(x *extractor) {
		s := x.s.text
		if len(s) > 70 {
			s = s[:70]
		}
		fmt.Printf("show=%q sshow=%q focus=%q | %s\n", x.show, x.sshow, x.focus, s)
	}
	defer func() { traceSentence = nil }()
	Extract(a, Options{})
}
