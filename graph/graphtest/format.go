package graphtest

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/castgraph/castgraph/graph"
)

// The renderings below turn answers into stable text, so that a failure
// prints the whole answer and two stores can be compared line by line.

func fmtStats(s graph.Stats) string {
	return fmt.Sprintf("people=%d shows=%d characters=%d credits=%d articles=%d",
		s.People, s.Shows, s.Characters, s.Credits, s.Articles)
}

func fmtSummary(s graph.LoadSummary) string {
	return fmt.Sprintf("facts=%d people+=%d shows+=%d characters+=%d credits+=%d credits=%d evidence+=%d evidence=%d",
		s.Facts, s.PeopleAdded, s.ShowsAdded, s.CharactersAdded, s.CreditsAdded, s.CreditsExisting,
		s.EvidenceAdded, s.EvidenceExisting)
}

// FormatCredits renders credits, one line each with their evidence indented.
func FormatCredits(cs []graph.Credit) string { return fmtCredits(cs) }

func fmtCredits(cs []graph.Credit) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "%s %s | %s", c.Kind, c.Person.Name, c.Show.Name)
		if c.Character != "" {
			fmt.Fprintf(&b, " | char=%s", c.Character)
		}
		if c.Job != "" {
			fmt.Fprintf(&b, " | job=%s", c.Job)
		}
		if len(c.Seasons) > 0 {
			fmt.Fprintf(&b, " | seasons=%v", c.Seasons)
		}
		b.WriteString("\n")
		for _, e := range c.Evidence {
			fmt.Fprintf(&b, "  %s\n", fmtEvidence(e))
		}
	}
	return b.String()
}

func fmtEvidence(e graph.Evidence) string {
	return strings.TrimSpace(fmt.Sprintf("%s %s %s", e.Article, e.Date, e.Sentence))
}

func fmtShow(s *graph.Show) string {
	if s == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%s %s aliases=%v\ncast:\n%screw:\n%s", s.ID, s.Name, s.Aliases, fmtCredits(s.Cast), fmtCredits(s.Crew))
}

func fmtPerson(p *graph.Person) string {
	if p == nil {
		return "<nil>"
	}
	return fmt.Sprintf("%s %s aliases=%v\nroles:\n%screw:\n%s", p.ID, p.Name, p.Aliases, fmtCredits(p.Roles), fmtCredits(p.Crew))
}

func fmtHits(hs []graph.SearchHit) string {
	var lines []string
	for _, h := range hs {
		name := h.Name
		if h.Kind == graph.NodeCharacter {
			name += " (" + h.Show + ")"
		}
		score := fmt.Sprintf("%.2f", h.Score)
		if h.Score < 0.25 {
			score = fmt.Sprintf("%.3f", h.Score) // a match with typos
		}
		lines = append(lines, fmt.Sprintf("%s %s %s", h.Kind, name, score))
	}
	return strings.Join(lines, "\n")
}

func fmtLinks(ls []graph.Link) string {
	var b strings.Builder
	for _, l := range ls {
		b.WriteString(l.Person.Name + "\n")
		for _, line := range strings.Split(strings.TrimRight(fmtCredits(l.InA), "\n"), "\n") {
			fmt.Fprintf(&b, "  A: %s\n", line)
		}
		for _, line := range strings.Split(strings.TrimRight(fmtCredits(l.InB), "\n"), "\n") {
			fmt.Fprintf(&b, "  B: %s\n", line)
		}
	}
	return b.String()
}

func fmtPath(p *graph.Path) string {
	if p == nil {
		return "<nil>"
	}
	var b strings.Builder
	fmt.Fprintf(&b, "length=%d\n", p.Length)
	for _, n := range p.Nodes {
		fmt.Fprintf(&b, "%s %s\n", n.Kind, n.Name)
		for _, e := range n.Evidence {
			fmt.Fprintf(&b, "  %s\n", fmtEvidence(e))
		}
	}
	return b.String()
}

func fmtPathNames(p *graph.Path) string {
	if p == nil {
		return "<nil>"
	}
	names := make([]string, len(p.Nodes))
	for i, n := range p.Nodes {
		names[i] = n.Name
	}
	return fmt.Sprintf("length=%d: %s", p.Length, strings.Join(names, " > "))
}

// Snapshot renders everything a store answers about the small graph's
// names: a test compares snapshots to prove a store unchanged, and two stores
// loaded alike give equal snapshots.
func Snapshot(ctx context.Context, s graph.Store, names ...string) (string, error) {
	var b strings.Builder
	st, err := s.Stats(ctx)
	if err != nil {
		return "", err
	}
	b.WriteString(fmtStats(st) + "\n")
	for _, n := range names {
		if sh, err := s.Show(ctx, n); err == nil {
			b.WriteString(fmtShow(sh))
		} else if graph.ErrorCode(err) != graph.ENOTFOUND {
			return "", err
		}
		if p, err := s.Person(ctx, n); err == nil {
			b.WriteString(fmtPerson(p))
		} else if graph.ErrorCode(err) != graph.ENOTFOUND {
			return "", err
		}
		hits, err := s.Search(ctx, n, 20)
		if err != nil {
			return "", err
		}
		b.WriteString(fmtHits(hits) + "\n")
	}
	return b.String(), nil
}

// ShowsSnapshot renders the store's counts and the whole answer of each of
// shows (cast and crew with their characters, jobs, seasons and evidence).
// Where every credit of the graph is in one of shows, that is the whole
// graph, at the cost of one call a show: a test compares such snapshots to
// prove two graphs equal. An absent show is rendered as such.
func ShowsSnapshot(ctx context.Context, s graph.Store, shows ...string) (string, error) {
	var b strings.Builder
	st, err := s.Stats(ctx)
	if err != nil {
		return "", err
	}
	b.WriteString(fmtStats(st) + "\n")
	for _, n := range shows {
		sh, err := s.Show(ctx, n)
		switch {
		case err == nil:
			b.WriteString(fmtShow(sh))
		case graph.ErrorCode(err) == graph.ENOTFOUND:
			fmt.Fprintf(&b, "%s: absent\n", n)
		default:
			return "", err
		}
	}
	return b.String(), nil
}

var smallNames = []string{"All of Us Are Dead", "Squid Game", "Weak Hero Class 2", "Daily Dose of Sunshine",
	"When Life Gives You Tangerines", "Roh Jae-won", "Kim Si-eun", "Lee Min-jae", "Lee JQ", "Park Bo-gum", "IU",
	"New Person", "New Show"}

func snapshot(t *testing.T, s graph.Store) string {
	t.Helper()
	out, err := Snapshot(context.Background(), s, smallNames...)
	if err != nil {
		t.Fatalf("snapshot: %v", err)
	}
	return out
}
