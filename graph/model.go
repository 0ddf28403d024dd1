package graph

import "context"

// Node kinds, as PathNode.Kind and SearchHit.Kind report them.
const (
	NodePerson    = "person"
	NodeShow      = "show"
	NodeCharacter = "character"
)

// Evidence is one statement of a credit: the article and the sentence in it.
type Evidence struct {
	Article  string // the article's id or file name
	Sentence string // the sentence as the article writes it; may be empty
	Date     string // the article's date, YYYY-MM-DD, or ""
}

// Ref names a person or show node: its ID and display name.
type Ref struct {
	ID   string // "person:<key>" or "show:<key>"
	Name string // the display name (the first spelling seen)
}

// PersonID and ShowID are the node IDs of a person and a show.
func PersonID(name string) string { return "person:" + PersonKey(name) }
func ShowID(title string) string  { return "show:" + ShowKey(title) }

// Credit is one edge between a person and a show: PLAYED a character IN it,
// APPEARED_IN it (cast, no character) or WORKED_ON it (crew, Job where known).
type Credit struct {
	Kind      string     // KindCast or KindCrew
	Person    Ref        // who
	Show      Ref        // in what
	Character string     // cast: the character's display name, or ""
	Job       string     // crew: the job, or ""
	Seasons   []int      // sorted union of the seasons every statement names
	Evidence  []Evidence // sorted by article, then sentence; no duplicates
}

// Person is a person node with every credit it has.
type Person struct {
	Ref
	Aliases []string // other spellings seen, sorted
	Roles   []Credit // cast credits, sorted by show key then character key
	Crew    []Credit // crew credits, sorted by show key then job
}

// Show is a show node with every credit it has.
type Show struct {
	Ref
	Aliases []string // other spellings seen, sorted
	Cast    []Credit // cast credits, sorted by person key then character key
	Crew    []Credit // crew credits, sorted by person key then job
}

// Link is a person credited in the cast of two shows.
type Link struct {
	Person Ref
	InA    []Credit // their cast credits in the first show
	InB    []Credit // their cast credits in the second show
}

// PathNode is one step of a path: a person or a show, with the evidence of
// the edge that leads to it (empty for the first node).
type PathNode struct {
	Kind     string // NodePerson or NodeShow
	ID       string
	Name     string
	Evidence []Evidence
}

// Path is a chain of credits between two nodes, alternating people and shows.
type Path struct {
	Length int        // the number of edges: len(Nodes)-1
	Nodes  []PathNode // from the start to the end
}

// SearchHit is one node that matches a search text.
type SearchHit struct {
	Kind  string // NodePerson, NodeShow or NodeCharacter
	ID    string
	Name  string  // display name (for a character: as first seen)
	Show  string  // for a character: its show's display name
	Score float64 // SearchScore of the best-matching spelling
}

// Stats counts what a store holds.
type Stats struct {
	People, Shows, Characters, Credits, Articles int
}

// Batch is one unit of loading: the facts of one facts file or one article.
// A store applies a batch in one transaction: all of it or none of it.
type Batch struct {
	Source string // where the facts came from, for messages: a file name or article id
	Facts  []Fact // normalized, valid facts
}

// LoadSummary says what a batch changed.
type LoadSummary struct {
	Facts            int // facts in the batch
	PeopleAdded      int
	ShowsAdded       int
	CharactersAdded  int
	CreditsAdded     int // new edges
	CreditsExisting  int // facts whose edge was already there
	EvidenceAdded    int // new (article, sentence) statements on edges
	EvidenceExisting int // statements already kept
}

// Add adds o's counts to s.
func (s *LoadSummary) Add(o LoadSummary) {
	s.Facts += o.Facts
	s.PeopleAdded += o.PeopleAdded
	s.ShowsAdded += o.ShowsAdded
	s.CharactersAdded += o.CharactersAdded
	s.CreditsAdded += o.CreditsAdded
	s.CreditsExisting += o.CreditsExisting
	s.EvidenceAdded += o.EvidenceAdded
	s.EvidenceExisting += o.EvidenceExisting
}

// Changed reports whether the batch changed the graph.
func (s LoadSummary) Changed() bool {
	return s.PeopleAdded+s.ShowsAdded+s.CharactersAdded+s.CreditsAdded+s.EvidenceAdded > 0
}

// MaxHopsLimit is the largest maxHops a shortest-path query may ask for.
const MaxHopsLimit = 12

// Store is what every storage engine for the graph does. Every method honours
// ctx: it returns ctx.Err() soon after ctx is done. Names and titles are
// matched by key (PersonKey, ShowKey), so any spelling that folds alike finds
// the node. Every list comes in the order its type documents, so two stores
// holding the same facts give the same answers.
type Store interface {
	// Load merges a batch into the graph in one transaction. Facts must be
	// valid (Fact.Validate). Loading the same facts again changes nothing.
	// On error the graph is as it was before the call.
	Load(ctx context.Context, b Batch) (LoadSummary, error)

	// Show returns the show whose title folds like title (a season qualifier
	// is ignored), or an ENOTFOUND error. The error suggests the shows title
	// may have meant (Error.Suggestions, and its message: `no show titled
	// "Squid Gaem"; did you mean "Squid Game"?`): the first MaxSuggestions
	// shows among the hits Search would give for title, in Search's order.
	Show(ctx context.Context, title string) (*Show, error)

	// Person returns the person whose name folds like name, or ENOTFOUND,
	// which suggests people as Show suggests shows.
	Person(ctx context.Context, name string) (*Person, error)

	// Search returns up to limit people, shows and characters whose name or
	// an alias matches text, best first, then by kind, then by name key,
	// then by ID. A node scores its best spelling by SearchScore: by
	// MatchScore when that is above 0 (the whole name, a prefix, whole words
	// or a word prefix: 1 to 0.25), or else by FuzzyScore, which forgives a
	// typo in each word of text (see FuzzyMinRunes for the rule) and scores
	// below 0.25. So the exact and prefix matches come first, in the order
	// they had before typos were forgiven, and the matches with typos follow
	// them, the closest first. An empty text gives EINVALID.
	Search(ctx context.Context, text string, limit int) ([]SearchHit, error)

	// LinkingActors returns the people in the cast of both shows, sorted by
	// person key. ENOTFOUND when either show is unknown, with suggestions
	// for it as Show gives.
	LinkingActors(ctx context.Context, showA, showB string) ([]Link, error)

	// ShortestPath returns the shortest chain of credits (cast or crew) from
	// one person or show to another, at most maxHops edges long, or nil when
	// there is none. Of several shortest paths, which one it returns is the
	// store's own choice: stores agree on the length, the ends, and that
	// every step is a credit of the graph with all its evidence (see
	// CheckPath), and so, where only one shortest path exists, on the path
	// itself. ENOTFOUND when an
	// end names no person or show (a person is tried first); EINVALID when
	// maxHops is outside 1..MaxHopsLimit.
	ShortestPath(ctx context.Context, from, to string, maxHops int) (*Path, error)

	// Stats counts the graph's nodes, credits and articles.
	Stats(ctx context.Context) (Stats, error)

	// Close releases the store. It is safe to call more than once.
	Close() error
}

// Batcher is a Store that can also fetch many people or shows in one call.
// The GraphQL layer finds it by type assertion and loads a whole level of a
// query at once; without it, it makes one Person or Show call per name.
type Batcher interface {
	// People returns the people whose names fold like names, keyed by
	// PersonKey. Unknown names are absent from the map, not errors.
	People(ctx context.Context, names []string) (map[string]*Person, error)
	// Shows returns the shows whose titles fold like titles, keyed by
	// ShowKey. Unknown titles are absent from the map.
	Shows(ctx context.Context, titles []string) (map[string]*Show, error)
}

// LinkLister is a Store that can answer LinkingActors without the credits'
// evidence, for a caller that reads none of it (a GraphQL query that
// selects no evidence): gathering evidence is much of what a link costs.
type LinkLister interface {
	// LinkingActorsBare returns what LinkingActors returns, with every
	// credit's Evidence nil.
	LinkingActorsBare(ctx context.Context, showA, showB string) ([]Link, error)
}

// Pinger is a Store that can say cheaply whether it is reachable and
// readable, for readiness checks. Without it, Ping asks for Stats.
type Pinger interface {
	// Ping returns nil when the store answers, or why it does not. It must
	// honour ctx's deadline.
	Ping(ctx context.Context) error
}

// Preparer is a Store whose loads do work of their own before their
// transaction (checking and folding the facts). A caller that has the next
// batch in hand while one loads prepares it meanwhile, then loads it with
// LoadPrepared; Load(b) is LoadPrepared of Prepare(b).
type Preparer interface {
	// Prepare checks b and does the work its load can do ahead. It
	// returns the error Load would return for an invalid batch, and does
	// no I/O. The result does not share memory with b.
	Prepare(b Batch) (Prepared, error)
	// LoadPrepared loads a batch Prepare of the same store returned, as
	// Load would.
	LoadPrepared(ctx context.Context, p Prepared) (LoadSummary, error)
}

// Prepared is a batch a Preparer has prepared for loading.
type Prepared interface {
	// Source is the source of the batch.
	Source() string
}
