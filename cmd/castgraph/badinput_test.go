package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The bad-input table: each row is an input, the channel it arrives by, and
// the clear error it must get. After each row the graph is unchanged and the
// server still answers. The README's reliability section lists these rows.
//
// GraphQL errors found before execution (syntax, validation, limits) come
// with status 200 to a client that accepts only application/json, as the
// GraphQL-over-HTTP specification asks; one that accepts
// application/graphql-response+json gets 400.

const writeToken = "test-write-token-7f3a"

type badInput struct {
	name    string
	channel string // "load" or "ingest" (the CLI, on a data directory), or "http"
	file    func(dir string) string
	// For "http": the request.
	body, auth string
	want       string // a part of the error message
	status     int    // for "http": the status code
}

func writeFile(dir, name string, data []byte) string {
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		panic(err)
	}
	return p
}

func gqlBody(query string) string {
	b, _ := json.Marshal(map[string]string{"query": query})
	return string(b)
}

// deepQuery nests roles { show { cast { person ... } } } to 100 levels.
func deepQuery() string {
	return `{ person(name: "Roh Jae-won") ` + strings.Repeat("{ roles { show { cast { person ", 25) + "{ name }" +
		strings.Repeat(" } } } }", 25) + " }"
}

var badInputs = []badInput{
	{name: "facts: invalid JSON on line 7", channel: "load", file: func(d string) string {
		lines := strings.Repeat(`{"kind":"cast","person":"New Person","show":"New Show"}`+"\n", 6) + `{"kind":"cast",` + "\n"
		return writeFile(d, "line7.jsonl", []byte(lines))
	}, want: "line7.jsonl:7: invalid JSON"},
	{name: "facts: unknown kind", channel: "load", file: func(d string) string {
		return writeFile(d, "kind.jsonl", []byte(`{"kind":"actor","person":"New Person","show":"New Show"}`))
	}, want: `kind.jsonl:1: unknown kind "actor" (want "cast" or "crew")`},
	{name: "facts: missing person", channel: "load", file: func(d string) string {
		return writeFile(d, "person.jsonl", []byte(`{"kind":"cast","show":"New Show"}`))
	}, want: `person.jsonl:1: missing or empty "person"`},
	{name: "facts: seasons of the wrong type", channel: "load", file: func(d string) string {
		return writeFile(d, "seasons.jsonl", []byte(`{"kind":"cast","person":"New Person","show":"New Show","seasons":"2"}`))
	}, want: `seasons.jsonl:1: field "seasons": got a JSON string where a list of whole numbers is expected`},
	{name: "facts: a 10 MB single line", channel: "load", file: func(d string) string {
		return writeFile(d, "long.jsonl", []byte(`{"kind":"cast","person":"`+strings.Repeat("x", 10<<20)+`","show":"S"}`))
	}, want: "long.jsonl:1: line is longer than 1048576 bytes"},
	{name: "facts: invalid UTF-8", channel: "load", file: func(d string) string {
		return writeFile(d, "utf8.jsonl", []byte("{\"kind\":\"cast\",\"person\":\"Bad \xff\xfe\",\"show\":\"S\"}"))
	}, want: "utf8.jsonl:1: line is not valid UTF-8"},
	{name: "facts: an empty file", channel: "load", file: func(d string) string {
		return writeFile(d, "empty.jsonl", nil)
	}, want: "empty.jsonl: no facts in file"},
	{name: "article: a binary file", channel: "ingest", file: func(d string) string {
		return writeFile(d, "binary.txt", append([]byte("PK\x03\x04"), bytes.Repeat([]byte{0, 1, 2, 0xff}, 256)...))
	}, want: "binary.txt: binary input"},
	{name: "article: HTML full of scripts and no body", channel: "ingest", file: func(d string) string {
		return writeFile(d, "scripts.html", []byte(`<html><head><script>var x = "Roh Jae-won stars in Squid Game";</script></head><body>`+
			strings.Repeat(`<script src="a.js"></script><noscript>enable JavaScript</noscript>`, 50)+`</body></html>`))
	}, want: "no article text in 1 articles (nothing but markup, scripts or navigation)"},
	{name: "article: 50 MB", channel: "ingest", file: func(d string) string {
		return writeFile(d, "huge.txt", bytes.Repeat([]byte("Jane Roe stars in A Show. "), 2<<20))
	}, want: "huge.txt: input larger than 10485760 bytes"},
	{name: "GraphQL: a syntax error", channel: "http", body: gqlBody(`{ stats { people `), status: 200, want: "Syntax Error"},
	{name: "GraphQL: an unknown field", channel: "http", body: gqlBody(`{ stats { actors } }`), status: 200, want: `Cannot query field \"actors\" on type \"Stats\"`},
	{name: "GraphQL: a wrong argument type", channel: "http", body: gqlBody(`{ search(text: 42) { name } }`), status: 200, want: `Argument \"text\" has invalid value 42`},
	{name: "GraphQL: a 100-level-deep query", channel: "http", body: gqlBody(deepQuery()), status: 200, want: "over the limit of 12 (maxDepth)"},
	{name: "GraphQL: a query whose cost is over the limit", channel: "http",
		body:   gqlBody(`{ show(title: "Squid Game") { cast { person { roles { show { cast { person { roles { show { title } } } } } } } } } }`),
		status: 200, want: "over the limit of 20000 (maxCost)"},
	{name: "GraphQL: a 20 MB body", channel: "http", body: `{"query":"{ stats { people } }","pad":"` + strings.Repeat("x", 20<<20) + `"}`,
		status: 413, want: "larger than the limit of 1048576 bytes"},
	{name: "GraphQL: a mutation without the write token", channel: "http",
		body:   gqlBody(`mutation { loadFacts(jsonl: "{\"kind\":\"cast\",\"person\":\"New Person\",\"show\":\"New Show\"}") { creditsAdded } }`),
		status: 401, want: "writes need the server's write token as a bearer token"},
	{name: "GraphQL: a mutation with a wrong token", channel: "http", auth: "Bearer not-the-token",
		body:   gqlBody(`mutation { loadFacts(jsonl: "{\"kind\":\"cast\",\"person\":\"New Person\",\"show\":\"New Show\"}") { creditsAdded } }`),
		status: 401, want: "writes need the server's write token as a bearer token"},
	{name: "GraphQL: loadFacts with a bad line", channel: "http", auth: "Bearer " + writeToken,
		body:   gqlBody(`mutation { loadFacts(jsonl: "{\"kind\":\"cast\",\"person\":\"New Person\",\"show\":\"New Show\"}\n{\"kind\":\"cast\"}") { creditsAdded } }`),
		status: 200, want: `loadFacts:2: missing or empty \"person\"`},
	{name: "GraphQL: ingestArticle with binary text", channel: "http", auth: "Bearer " + writeToken,
		body:   gqlBody("mutation { ingestArticle(id: \"bin\", text: \"\\u0000\\u0001 New Person stars in New Show.\") { creditsAdded } }"),
		status: 200, want: "binary input"},
}

// graphState is what a client sees of the graph, to compare before and after.
const graphState = `{ stats { people shows characters credits articles }
  show(title: "All of Us Are Dead") { cast { person { name } character evidence { article sentence } } }
  newPerson: person(name: "New Person") { name } }`

func postGraphQL(t *testing.T, url, body, auth string) (int, string) {
	t.Helper()
	req, _ := http.NewRequest("POST", url, strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("the server did not answer: %v", err)
	}
	defer resp.Body.Close()
	data, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(data)
}

func TestBadInputTable(t *testing.T) {
	inputs := t.TempDir()
	seed := filepath.Join("..", "..", "samples", "facts", "all-of-us-are-dead-season-2.jsonl")
	cliDir := filepath.Join(t.TempDir(), "cli")
	if out, err := run(t, context.Background(), nil, "load", "--data", cliDir, seed); err != nil {
		t.Fatalf("seed load: %v\n%s", err, out)
	}
	srvDir := filepath.Join(t.TempDir(), "srv")
	if out, err := run(t, context.Background(), nil, "load", "--data", srvDir, seed); err != nil {
		t.Fatalf("seed load: %v\n%s", err, out)
	}
	url, stop := startServer(t, "serve", "--data", srvDir, "--write-token", writeToken)
	defer stop()
	cliState := func() string {
		out, err := run(t, context.Background(), nil, "export", "--data", cliDir)
		if err != nil {
			t.Fatalf("export: %v", err)
		}
		return out
	}
	httpState := func() string {
		status, body := postGraphQL(t, url, gqlBody(graphState), "")
		if status != 200 {
			t.Fatalf("the server does not answer a plain query: %d %s", status, body)
		}
		return body
	}
	cliBefore, httpBefore := cliState(), httpState()
	for _, row := range badInputs {
		t.Run(row.name, func(t *testing.T) {
			switch row.channel {
			case "load", "ingest":
				out, err := run(t, context.Background(), nil, row.channel, "--data", cliDir, row.file(inputs))
				msg := out
				if err != nil {
					msg = oneLine(err) + "\n" + out
				}
				if !strings.Contains(msg, row.want) {
					t.Errorf("castgraph %s: %q, want a message containing %q", row.channel, msg, row.want)
				}
				if got := cliState(); got != cliBefore {
					t.Errorf("the graph changed")
				}
			case "http":
				status, body := postGraphQL(t, url, row.body, row.auth)
				if status != row.status || !strings.Contains(body, row.want) {
					t.Errorf("status %d, body %.300s; want %d and a body containing %q", status, body, row.status, row.want)
				}
				if got := httpState(); got != httpBefore {
					t.Errorf("the graph changed:\n%s\nwas\n%s", got, httpBefore)
				}
			}
		})
	}
}
