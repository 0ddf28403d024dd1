package neo4j

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	driver "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/rs/zerolog"

	"github.com/castgraph/castgraph/graph"
)

// DefaultURI is the server a zero Config connects to: the one scripts/neo4j
// starts.
const DefaultURI = "bolt://127.0.0.1:7687"

// Config says which Neo4j server and database the store uses. The zero value
// connects to DefaultURI without authentication.
type Config struct {
	// URI is the server's address. The schemes are bolt:// (one server),
	// neo4j:// (a cluster, with routing) and their TLS forms +s (verified
	// certificate) and +ssc (self-signed certificate accepted).
	// Default DefaultURI.
	URI string
	// Username for basic authentication. Default "": no authentication.
	Username string
	// Password for basic authentication; ignored when Username is empty.
	// Default "".
	Password string
	// Database is the database to use. Default "": the server's default
	// database (usually "neo4j").
	Database string
	// ConnectTimeout bounds how long Open waits to reach the server.
	// Default 10s.
	ConnectTimeout time.Duration
	// MaxRetryTime bounds how long a transaction is retried after transient
	// errors (a lost connection, a cluster leader switch, a deadlock) before
	// the store gives up; an unreachable server is then reported as
	// unavailable rather than left to the caller's timeout. Default 5s.
	MaxRetryTime time.Duration
}

var schemes = []string{"bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc"}

// Store is the Neo4j graph.Store. Create it with New, then call Open.
type Store struct {
	cfg Config
	log zerolog.Logger

	loadMu sync.Mutex // one Load at a time from this process
	known  known      // the nodes this store's loads read and wrote; under loadMu
	mu     sync.RWMutex
	drv    driver.DriverWithContext
	closed bool
}

var (
	_ graph.Store    = (*Store)(nil)
	_ graph.Preparer = (*Store)(nil)
)

// New returns a store for cfg; it does no I/O until Open.
func New(cfg Config, log zerolog.Logger) *Store {
	if cfg.URI == "" {
		cfg.URI = DefaultURI
	}
	if cfg.ConnectTimeout <= 0 {
		cfg.ConnectTimeout = 10 * time.Second
	}
	if cfg.MaxRetryTime <= 0 {
		cfg.MaxRetryTime = 5 * time.Second
	}
	return &Store{cfg: cfg, log: log.With().Str("store", "neo4j").Logger()}
}

// Open connects to the server and makes sure the schema (constraints and
// indexes) is in place. EINVALID when the URI is malformed, EUNAVAIL when the
// server cannot be reached.
func (s *Store) Open(ctx context.Context) error {
	u, err := url.Parse(s.cfg.URI)
	if err != nil || u.Host == "" {
		return graph.Errorf(graph.EINVALID, "neo4j URI %q is not a URI like %s", s.cfg.URI, DefaultURI)
	}
	known := false
	for _, sc := range schemes {
		known = known || u.Scheme == sc
	}
	if !known {
		return graph.Errorf(graph.EINVALID, "neo4j URI %q: scheme %q is not one of %s", s.cfg.URI, u.Scheme, strings.Join(schemes, ", "))
	}
	auth := driver.NoAuth()
	if s.cfg.Username != "" {
		auth = driver.BasicAuth(s.cfg.Username, s.cfg.Password, "")
	}
	drv, err := driver.NewDriverWithContext(s.cfg.URI, auth, func(c *driver.Config) {
		c.SocketConnectTimeout = s.cfg.ConnectTimeout
		c.ConnectionAcquisitionTimeout = s.cfg.ConnectTimeout
		c.MaxTransactionRetryTime = s.cfg.MaxRetryTime
	})
	if err != nil {
		return graph.Errorf(graph.EINVALID, "neo4j URI %q: %v", s.cfg.URI, err)
	}
	start := time.Now()
	cctx, cancel := context.WithTimeout(ctx, s.cfg.ConnectTimeout)
	err = drv.VerifyConnectivity(cctx)
	cancel()
	if err != nil {
		drv.Close(context.Background())
		if ctx.Err() != nil {
			return fmt.Errorf("neo4j: connect to %s: %w", s.cfg.URI, ctx.Err())
		}
		s.log.Debug().Err(err).Str("uri", s.cfg.URI).Msg("connect failed")
		if isAuthError(err) {
			return graph.Errorf(graph.EINVALID, "neo4j server at %s refused the credentials of user %q", s.cfg.URI, s.cfg.Username)
		}
		return graph.Errorf(graph.EUNAVAIL, "neo4j server at %s cannot be reached: %v", s.cfg.URI, err)
	}
	s.mu.Lock()
	s.drv, s.closed = drv, false
	s.mu.Unlock()
	if err := s.ensureSchema(ctx); err != nil {
		s.Close()
		return err
	}
	if err := s.migrate(ctx); err != nil {
		s.Close()
		return err
	}
	s.log.Debug().Str("uri", s.cfg.URI).Str("database", s.cfg.Database).Dur("took_ms", time.Since(start)).Msg("store opened")
	return nil
}

// Close closes the driver and its connections. It is safe to call more than
// once.
func (s *Store) Close() error {
	s.loadMu.Lock()
	defer s.loadMu.Unlock()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed || s.drv == nil {
		s.closed = true
		return nil
	}
	s.closed = true
	if err := s.drv.Close(context.Background()); err != nil {
		return fmt.Errorf("neo4j: close connection to %s: %w", s.cfg.URI, err)
	}
	return nil
}

// Ping reports whether the server answers.
func (s *Store) Ping(ctx context.Context) error {
	_, err := s.read(ctx, "ping", func(ctx context.Context, tx driver.ManagedTransaction) (any, error) {
		return collect(ctx, tx, "RETURN 1", nil)
	})
	return err
}

// schema is run once per Open; every statement is idempotent.
var schema = []string{
	"CREATE CONSTRAINT castgraph_person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE",
	"CREATE CONSTRAINT castgraph_show_key IF NOT EXISTS FOR (n:Show) REQUIRE n.key IS UNIQUE",
	"CREATE CONSTRAINT castgraph_character_key IF NOT EXISTS FOR (n:Character) REQUIRE n.key IS UNIQUE",
	"CREATE CONSTRAINT castgraph_lock_name IF NOT EXISTS FOR (n:CastgraphLock) REQUIRE n.name IS UNIQUE",
	"CREATE CONSTRAINT castgraph_feed_item_url IF NOT EXISTS FOR (n:CastgraphFeedItem) REQUIRE n.url IS UNIQUE",
	// Updated after each commit rather than in it, which takes a tenth of
	// a load's time off the transaction; Search waits for it to catch up.
	"CREATE FULLTEXT INDEX castgraph_names IF NOT EXISTS FOR (n:Person|Show|Character) ON EACH [n.search] " +
		"OPTIONS {indexConfig: {`fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: true}}",
	// Indexes of earlier versions: credit edges no longer have keys, and
	// the full-text index was updated inside each transaction.
	"DROP INDEX castgraph_played_key IF EXISTS",
	"DROP INDEX castgraph_appeared_in_key IF EXISTS",
	"DROP INDEX castgraph_worked_on_key IF EXISTS",
	"DROP INDEX castgraph_search IF EXISTS",
	"CALL db.awaitIndexes(300)",
}

// dropSchema drops what schema makes.
var dropSchema = []string{
	"DROP CONSTRAINT castgraph_person_key IF EXISTS",
	"DROP CONSTRAINT castgraph_show_key IF EXISTS",
	"DROP CONSTRAINT castgraph_character_key IF EXISTS",
	"DROP CONSTRAINT castgraph_lock_name IF EXISTS",
	"DROP CONSTRAINT castgraph_feed_item_url IF EXISTS",
	"DROP INDEX castgraph_names IF EXISTS",
}

func (s *Store) ensureSchema(ctx context.Context) error {
	return s.runStatements(ctx, "create schema", schema)
}

// runStatements runs each statement in its own transaction of a write
// session, as runEach does.
func (s *Store) runStatements(ctx context.Context, op string, stmts []string) error {
	drv, err := s.driver()
	if err != nil {
		return err
	}
	sess := drv.NewSession(ctx, driver.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: driver.AccessModeWrite})
	defer sess.Close(context.Background())
	return s.runEach(ctx, sess, op, stmts)
}

// runEach runs each statement in its own transaction, in order, and stops
// at the first error; op names the work in that error.
func (s *Store) runEach(ctx context.Context, sess driver.SessionWithContext, op string, stmts []string) error {
	for _, stmt := range stmts {
		res, err := sess.Run(ctx, stmt, nil)
		if err == nil {
			_, err = res.Consume(ctx)
		}
		if err != nil {
			return s.wrap(ctx, op, err)
		}
	}
	return nil
}

// driver returns the open driver, or EUNAVAIL when the store is not open.
func (s *Store) driver() (driver.DriverWithContext, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed || s.drv == nil {
		return nil, graph.Errorf(graph.EUNAVAIL, "neo4j store is not open")
	}
	return s.drv, nil
}

type work = func(ctx context.Context, tx driver.ManagedTransaction) (any, error)

// read runs fn in a managed read transaction; op names the operation in errors.
func (s *Store) read(ctx context.Context, op string, fn work) (any, error) {
	return s.execute(ctx, op, driver.AccessModeRead, fn)
}

// write runs fn in a managed write transaction.
func (s *Store) write(ctx context.Context, op string, fn work) (any, error) {
	return s.execute(ctx, op, driver.AccessModeWrite, fn)
}

func (s *Store) execute(ctx context.Context, op string, mode driver.AccessMode, fn work) (any, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("neo4j: %s: %w", op, err)
	}
	drv, err := s.driver()
	if err != nil {
		return nil, err
	}
	sess := drv.NewSession(ctx, driver.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: mode})
	defer sess.Close(context.Background())
	txw := func(tx driver.ManagedTransaction) (any, error) { return fn(ctx, tx) }
	var out any
	if mode == driver.AccessModeRead {
		out, err = sess.ExecuteRead(ctx, txw)
	} else {
		out, err = sess.ExecuteWrite(ctx, txw)
	}
	if err != nil {
		return nil, s.wrap(ctx, op, err)
	}
	return out, nil
}

// wrap turns a driver error into the store's: domain errors pass through,
// a done context is reported as such, an unreachable server is EUNAVAIL.
func (s *Store) wrap(ctx context.Context, op string, err error) error {
	var ge *graph.Error
	switch {
	case errors.As(err, &ge):
		return err
	case ctx.Err() != nil:
		return fmt.Errorf("neo4j: %s: %w", op, ctx.Err())
	case errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded):
		return fmt.Errorf("neo4j: %s: %w", op, err)
	case unreachable(err):
		s.log.Warn().Err(err).Str("op", op).Str("uri", s.cfg.URI).Msg("server unreachable")
		return graph.Errorf(graph.EUNAVAIL, "neo4j server at %s cannot be reached", s.cfg.URI)
	}
	return fmt.Errorf("neo4j: %s: %w", op, err)
}

func isAuthError(err error) bool {
	var ne *driver.Neo4jError
	return errors.As(err, &ne) && strings.HasPrefix(ne.Code, "Neo.ClientError.Security.")
}

// collect runs one query in tx and returns all its records.
func collect(ctx context.Context, tx driver.ManagedTransaction, cypher string, params map[string]any) ([]*driver.Record, error) {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// exec runs one query in tx and discards its records.
func exec(ctx context.Context, tx driver.ManagedTransaction, cypher string, params map[string]any) error {
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// Values as records hold them.

func str(r *driver.Record, key string) string {
	v, _ := r.Get(key)
	return asString(v)
}

func strs(r *driver.Record, key string) []string {
	v, _ := r.Get(key)
	return asStrings(v)
}

func ints(r *driver.Record, key string) []int {
	v, _ := r.Get(key)
	return asInts(v)
}

func integer(r *driver.Record, key string) int {
	v, _ := r.Get(key)
	n, _ := v.(int64)
	return int(n)
}

// evidence reads the three parallel evidence lists of a credit edge.
func evidence(r *driver.Record) []graph.Evidence {
	as, _ := r.Get("evArticles")
	ss, _ := r.Get("evSentences")
	ds, _ := r.Get("evDates")
	return asEvidence(as, ss, ds)
}

// Values inside lists a query returns.

func asString(v any) string {
	s, _ := v.(string)
	return s
}

func asStrings(v any) []string {
	l, _ := v.([]any)
	out := make([]string, 0, len(l))
	for _, x := range l {
		s, _ := x.(string)
		out = append(out, s)
	}
	return out
}

func asInts(v any) []int {
	l, _ := v.([]any)
	if len(l) == 0 {
		return nil
	}
	out := make([]int, 0, len(l))
	for _, x := range l {
		n, _ := x.(int64)
		out = append(out, int(n))
	}
	return out
}

// asEvidence reads evidence from its articles, sentences and dates lists.
func asEvidence(articles, sentences, dates any) []graph.Evidence {
	as, ss, ds := asStrings(articles), asStrings(sentences), asStrings(dates)
	out := make([]graph.Evidence, 0, len(as))
	for i, a := range as {
		e := graph.Evidence{Article: a}
		if i < len(ss) {
			e.Sentence = ss[i]
		}
		if i < len(ds) {
			e.Date = ds[i]
		}
		out = append(out, e)
	}
	return out
}

// Parameters as the driver takes them: nil for an empty list, so that the
// property is removed rather than stored empty.

// anyList returns a list as a parameter: nil for none.
func anyList[T any](rows []T) any {
	if len(rows) == 0 {
		return nil
	}
	out := make([]any, len(rows))
	for i, r := range rows {
		out[i] = r
	}
	return out
}

func intList(l []int) any {
	if len(l) == 0 {
		return nil
	}
	out := make([]any, len(l))
	for i, n := range l {
		out[i] = int64(n)
	}
	return out
}

// unreachable reports whether err, or the last error of a run of retries
// that err ends, says the server could not be reached.
func unreachable(err error) bool {
	var ce *driver.ConnectivityError
	if errors.As(err, &ce) {
		return true
	}
	var tel *driver.TransactionExecutionLimit
	if errors.As(err, &tel) && len(tel.Errors) > 0 {
		return unreachable(tel.Errors[len(tel.Errors)-1])
	}
	return false
}
