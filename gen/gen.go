// Package gen makes synthetic credit facts with the shape of a real film and
// TV credit database, for benchmarks and load tests: a few very prolific
// people and long-running shows (Zipf-like), most people with one or two
// credits, a character on most cast credits and crew on every show.
//
// The same Config (seed included) always gives the same facts, in the same
// order. Fact(i) is random access, so a benchmark can pick query endpoints
// without keeping the facts.
//
// The package owns no storage: it only returns graph.Fact values.
package gen

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"strconv"

	"github.com/castgraph/castgraph/graph"
)

// Config sizes a generated graph. Every field must be set.
type Config struct {
	People  int    // distinct people; each has at least one credit
	Shows   int    // distinct shows; each has at least one crew and one cast credit
	Credits int    // facts in all; at least People + 2*Shows
	Seed    uint64 // the same seed gives the same facts
}

// Validate reports the first thing wrong with c as an EINVALID error.
func (c Config) Validate() error {
	switch {
	case c.People < 1:
		return graph.Errorf(graph.EINVALID, "people %d: want at least 1", c.People)
	case c.Shows < 1:
		return graph.Errorf(graph.EINVALID, "shows %d: want at least 1", c.Shows)
	case c.Credits < c.People+2*c.Shows:
		return graph.Errorf(graph.EINVALID, "credits %d: want at least people + 2*shows = %d", c.Credits, c.People+2*c.Shows)
	case c.Credits > 1<<30:
		return graph.Errorf(graph.EINVALID, "credits %d: want at most %d", c.Credits, 1<<30)
	}
	return nil
}

// ForCredits returns the default shape for n credits: one person per five
// credits and one show per twenty-five, the ratios of the 5,000,000-credit
// benchmark (1,000,000 people, 200,000 shows).
func ForCredits(n int, seed uint64) Config {
	return Config{People: max(1, n/5), Shows: max(1, n/25), Credits: n, Seed: seed}
}

// crewFlag marks a show slot as a crew credit.
const crewFlag = 1 << 31

// Generator hands out the facts of one Config.
type Generator struct {
	cfg    Config
	people []int32  // credit i's person
	shows  []uint32 // credit i's show, with crewFlag for crew credits
	crewNo []uint8  // crew credit i's job index within its show
	next   int
}

// New lays out who is credited on what; facts are made on demand.
func New(cfg Config) (*Generator, error) {
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	r := rand.New(rand.NewPCG(cfg.Seed, 0x6361737467726170))
	k := cfg.Credits

	// Crew: a director on every show, sometimes a writer and a producer too.
	crew := make([]uint8, cfg.Shows)
	totalCrew := 0
	for j := range crew {
		crew[j] = 1
		if r.IntN(3) == 0 {
			crew[j]++
		}
		if r.IntN(5) == 0 {
			crew[j]++
		}
		totalCrew += int(crew[j])
	}
	if totalCrew+cfg.Shows > k-cfg.People+cfg.Shows { // keep room for one cast credit per show
		for j := range crew {
			totalCrew -= int(crew[j]) - 1
			crew[j] = 1
		}
	}
	cast := zipfCounts(r, cfg.Shows, k-totalCrew, max(2, cfg.Shows/1000))
	perPerson := zipfCounts(r, cfg.People, k, max(2, cfg.People/5000))

	g := &Generator{cfg: cfg, people: make([]int32, 0, k), shows: make([]uint32, 0, k), crewNo: make([]uint8, 0, k)}
	for p, n := range perPerson {
		for range n {
			g.people = append(g.people, int32(p))
		}
	}
	for j := range cfg.Shows {
		for c := range crew[j] {
			g.shows = append(g.shows, uint32(j)|crewFlag)
			g.crewNo = append(g.crewNo, c)
		}
		for range cast[j] {
			g.shows = append(g.shows, uint32(j))
			g.crewNo = append(g.crewNo, 0)
		}
	}
	r.Shuffle(k, func(a, b int) { g.people[a], g.people[b] = g.people[b], g.people[a] })
	r.Shuffle(k, func(a, b int) {
		g.shows[a], g.shows[b] = g.shows[b], g.shows[a]
		g.crewNo[a], g.crewNo[b] = g.crewNo[b], g.crewNo[a]
	})
	return g, nil
}

// zipfCounts splits total over n items: each gets at least one, and the rest
// goes by weight 1/(rank+v), so the first ranks get a lot and most get one or
// two. The ranks are shuffled so that prolific items are spread over indices.
func zipfCounts(r *rand.Rand, n, total, v int) []int32 {
	counts := make([]int32, n)
	extra := total - n
	var sum float64
	for i := range n {
		sum += 1 / float64(i+v)
	}
	given := 0
	for i := range n {
		x := float64(extra) / (sum * float64(i+v))
		c := int(x)
		if r.Float64() < x-math.Floor(x) {
			c++
		}
		counts[i] = int32(1 + c)
		given += c
	}
	for given < extra {
		counts[r.IntN(n)]++
		given++
	}
	for given > extra {
		if i := r.IntN(n); counts[i] > 1 {
			counts[i]--
			given--
		}
	}
	r.Shuffle(n, func(a, b int) { counts[a], counts[b] = counts[b], counts[a] })
	return counts
}

// Config returns the generator's configuration.
func (g *Generator) Config() Config { return g.cfg }

// Len is the number of facts.
func (g *Generator) Len() int { return g.cfg.Credits }

// Next appends up to n more facts to buf and returns it; it returns buf
// unchanged once every fact has been handed out.
func (g *Generator) Next(buf []graph.Fact, n int) []graph.Fact {
	for ; n > 0 && g.next < g.cfg.Credits; n-- {
		buf = append(buf, g.Fact(g.next))
		g.next++
	}
	return buf
}

// Reset starts Next again from the first fact.
func (g *Generator) Reset() { g.next = 0 }

// Each calls fn with every fact in order, and stops at fn's first error or
// when ctx ends (checked every 65,536 facts).
func (g *Generator) Each(ctx context.Context, fn func(graph.Fact) error) error {
	for i := range g.Len() {
		if i%65536 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		if err := fn(g.Fact(i)); err != nil {
			return err
		}
	}
	return nil
}

var jobs = []string{graph.JobDirector, graph.JobWriter, graph.JobProducer}

// Fact returns fact i (0 <= i < Len).
func (g *Generator) Fact(i int) graph.Fact {
	p, s := int(g.people[i]), g.shows[i]
	show := int(s &^ crewFlag)
	person, title := PersonName(p), ShowTitle(show)
	f := graph.Fact{
		Kind:    graph.KindCast,
		Person:  person,
		Show:    title,
		Article: "gen-" + strconv.FormatUint(g.cfg.Seed, 10) + "/show-" + strconv.Itoa(show),
		Date:    showDate(show),
	}
	if s&crewFlag != 0 {
		f.Kind, f.Job = graph.KindCrew, jobs[int(g.crewNo[i])%len(jobs)]
		f.Evidence = person + " is the " + f.Job + " of " + title + "."
		return f
	}
	h := mix(g.cfg.Seed, uint64(i))
	if h%10 != 0 { // nine cast credits in ten name a character
		f.Character = characterName(h >> 8)
		f.Evidence = person + " plays " + f.Character + " in " + title + "."
	} else {
		f.Evidence = person + " appears in " + title + "."
	}
	if show%5 < 2 && (h>>40)%3 == 0 { // series: some credits name seasons
		first := 1 + int((h>>44)%6)
		f.Seasons = []int{first}
		if (h>>50)%2 == 0 {
			f.Seasons = append(f.Seasons, first+1)
		}
	}
	return f
}

// Endpoints returns the person and show of fact i without building it.
func (g *Generator) Endpoints(i int) (person, show string, cast bool) {
	s := g.shows[i]
	return PersonName(int(g.people[i])), ShowTitle(int(s &^ crewFlag)), s&crewFlag == 0
}

// mix is SplitMix64 of a and b: a stable per-credit random number.
func mix(a, b uint64) uint64 {
	z := a*0x9e3779b97f4a7c15 + b + 0x632be59bd9b4e019
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// Syllables are consonant+vowel pairs, so a run of them reads back one way
// only and every index gets its own name.
var (
	consonants = []string{"b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "y", "z"}
	vowels     = []string{"a", "e", "i", "o", "u"}
)

const nSyl = 80 // len(consonants) * len(vowels)

func syllable(n int) string { return consonants[n/len(vowels)] + vowels[n%len(vowels)] }

// word spells n in base nSyl, at least minSyl syllables, capitalised.
func word(n, minSyl int) string {
	var digits [8]int
	k := 0
	for ; n > 0 || k < minSyl; k++ {
		digits[k] = n % nSyl
		n /= nSyl
	}
	b := make([]byte, 0, 2*k)
	for i := k - 1; i >= 0; i-- {
		b = append(b, syllable(digits[i])...)
	}
	b[0] -= 'a' - 'A'
	return string(b)
}

// PersonName is the name of person p: distinct for every p.
func PersonName(p int) string {
	return word(p%(nSyl*nSyl), 2) + " " + word(p/(nSyl*nSyl), 2)
}

var (
	adjectives = []string{"Silent", "Crimson", "Broken", "Golden", "Hidden", "Last", "Lost", "Midnight",
		"Northern", "Quiet", "Secret", "Burning", "Endless", "Frozen", "Wild", "Distant"}
	nouns = []string{"River", "Harbour", "Crown", "Garden", "Station", "Empire", "Valley", "Tower",
		"Kingdom", "Witness", "Shore", "Circle", "Doctor", "Family", "Signal", "Season"}
)

// ShowTitle is the title of show j: distinct for every j, with no digits (so
// no title reads as a season qualifier).
func ShowTitle(j int) string {
	a, n := j%len(adjectives), (j/len(adjectives))%len(nouns)
	return "The " + adjectives[a] + " " + nouns[n] + " of " + word(j/(len(adjectives)*len(nouns)), 2)
}

func characterName(h uint64) string {
	return word(int(h%(nSyl*nSyl)), 2) + " " + word(int((h>>16)%(nSyl*nSyl*nSyl)), 3)
}

func showDate(j int) string {
	return fmt.Sprintf("%04d-%02d-%02d", 2000+j%25, 1+j%12, 1+j%28)
}
