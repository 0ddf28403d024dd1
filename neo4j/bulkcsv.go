package neo4j

import (
	"bufio"
	"os"
	"strconv"
	"strings"
)

// The CSV files of a bulk export, as Neo4j's importer reads them.

// The CSV files: a header file and one data file per worker for each.
type csvKind struct {
	name   string // file name stem
	group  string // --nodes or --relationships
	label  string // label or relationship type
	header string
}

var (
	evHeader = "seasons:long[],evArticles:string[],evSentences:string[],evDates:string[],evSeasons:string[],evNames:string[]"

	// The ID columns hold node numbers, which the importer takes as the
	// nodes' own IDs and does not store.
	csvPeople     = csvKind{"people", "nodes", "Person", ":ID,key,name,aliases:string[],search"}
	csvShows      = csvKind{"shows", "nodes", "Show", ":ID,key,title,aliases:string[],search"}
	csvCharacters = csvKind{"characters", "nodes", "Character", ":ID,key,name,aliases:string[],search"}
	csvPlayed     = csvKind{"played", "relationships", relPlayed, ":START_ID,:END_ID," + evHeader}
	csvAppeared   = csvKind{"appeared_in", "relationships", relAppeared, ":START_ID,:END_ID," + evHeader}
	csvWorked     = csvKind{"worked_on", "relationships", relWorked, ":START_ID,:END_ID,job," + evHeader}
	csvIn         = csvKind{"in", "relationships", "IN", ":START_ID,:END_ID"}
	csvCredited   = csvKind{"credited", "relationships", relCredited, ":START_ID,:END_ID,characters:string[],appeared:boolean"}

	// The people's side writes the first, the shows' side the rest.
	csvKinds = []csvKind{csvPeople, csvShows, csvCharacters, csvPlayed, csvAppeared, csvWorked, csvIn, csvCredited}
)

// csvFile is one CSV data file being written.
type csvFile struct {
	f         *os.File
	w         *bufio.Writer
	delim     byte // list delimiter
	rows      int
	multiline bool // a field holds a line break
	longest   int  // the longest field, in bytes
	first     bool // no field yet on this row
}

func createCSV(path string, delim byte) (*csvFile, error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	return &csvFile{f: f, w: bufio.NewWriterSize(f, 256<<10), delim: delim, first: true}, nil
}

func (c *csvFile) sep() {
	if !c.first {
		c.w.WriteByte(',')
	}
	c.first = false
}

// quoted writes the parts of one field, quoted, separated by the list
// delimiter.
func (c *csvFile) quoted(parts ...string) {
	c.sep()
	c.w.WriteByte('"')
	n := 0
	for i, s := range parts {
		if i > 0 {
			c.w.WriteByte(c.delim)
		}
		n += len(s) + 1
		for {
			j := strings.IndexAny(s, "\"\n\r")
			if j < 0 {
				break
			}
			if s[j] == '"' {
				c.w.WriteString(s[:j+1])
				c.w.WriteByte('"')
			} else {
				c.multiline = true
				c.w.WriteString(s[:j+1])
			}
			s = s[j+1:]
		}
		c.w.WriteString(s)
	}
	c.w.WriteByte('"')
	c.longest = max(c.longest, n)
}

// str writes a string field.
func (c *csvFile) str(s string) { c.quoted(s) }

// id writes a node number.
func (c *csvFile) id(n int) {
	c.sep()
	c.w.WriteString(strconv.Itoa(n))
}

// list writes a list of strings; an empty list is an empty field, which
// the importer leaves out, as a load leaves out an empty list.
func (c *csvFile) list(l []string) {
	if len(l) == 0 {
		c.sep()
		return
	}
	c.quoted(l...)
}

// ints writes a list of numbers, or an empty field for none.
func (c *csvFile) ints(l []int) {
	c.sep()
	if len(l) == 0 {
		return
	}
	c.w.WriteByte('"')
	for i, n := range l {
		if i > 0 {
			c.w.WriteByte(c.delim)
		}
		c.w.WriteString(strconv.Itoa(n))
	}
	c.w.WriteByte('"')
}

// flag writes true, or an empty field (no property, as a load leaves it)
// for false.
func (c *csvFile) flag(b bool) {
	c.sep()
	if b {
		c.w.WriteString("true")
	}
}

func (c *csvFile) end() {
	c.w.WriteByte('\n')
	c.rows++
	c.first = true
}

func (c *csvFile) close() error {
	err := c.w.Flush()
	if cerr := c.f.Close(); err == nil {
		err = cerr
	}
	return err
}
