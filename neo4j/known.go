package neo4j

import (
	"crypto/rand"
	"encoding/hex"
	"hash/fnv"
	"slices"
)

// known is what a Store remembers of the nodes its loads read and wrote, so
// that the next load need not read them back: a load of facts about known
// people and shows then reads only the credits between them.
//
// It holds only while this store is the graph's only writer. Every load
// writes a new random token on the lock node, under the lock; a load that
// finds there a token other than the one this store wrote last (another
// process has loaded, DeleteAll has removed the lock node, or this store's
// last commit failed in a way it could not see) forgets what it knew and
// reads from the database. Writes that bypass castgraph's loads (Cypher run
// by hand) are not seen: the store assumes castgraph owns its graph.
type known struct {
	token string // the token of this store's last committed load; "" when none
	// complete says nodes holds every node of the graph, so a key it lacks
	// is a node that does not exist: true from a load that found the graph
	// empty until nodes reaches maxKnown.
	complete bool
	nodes    map[nodeRef]knownNode
	// links holds a hash of each person–show pair joined by a CREDITED
	// edge that this store's loads wrote; with linksComplete (the graph
	// was empty when they began, and links never overflowed) a pair whose
	// hash it lacks has no edge, so a load creates one without the MERGE
	// that searches the pair's edges. A hash shared with another pair only
	// sends that pair to the MERGE.
	links         map[uint64]struct{}
	linksComplete bool
}

// maxKnownLinks bounds how many pair hashes known holds (about 40 bytes
// each in the map): past it, every new credit between stored nodes merges
// its edge.
const maxKnownLinks = 1 << 21

// pairHash is the hash known.links keeps for the pair of a person key and a
// show key.
func pairHash(person, show string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(person))
	h.Write([]byte{0})
	h.Write([]byte(show))
	return h.Sum64()
}

// unlinked reports whether the person and show are known to have no
// CREDITED edge between them.
func (k *known) unlinked(person, show string) bool {
	if !k.linksComplete {
		return false
	}
	_, ok := k.links[pairHash(person, show)]
	return !ok
}

// knownNode is a stored node as known holds it.
type knownNode struct {
	id      string // element ID of a person or show; characters are found by key
	name    string
	aliases []string
}

// maxKnown bounds how many nodes known holds (a few hundred bytes each):
// past it, new nodes are not remembered and are read from the database
// when a load needs them.
const maxKnown = 1 << 20

// lookup returns the stored node of kind and key as a load's node, and
// whether the database needs asking: it does when the node is not known
// and known is not complete.
func (k *known) lookup(kind, key string) (n *node, ask bool) {
	kn, ok := k.nodes[nodeID(kind, key)]
	if !ok {
		return nil, !k.complete
	}
	return &node{kind: kind, key: key, id: kn.id, name: kn.name, aliases: slices.Clone(kn.aliases), stored: true, known: true}, false
}

// remember records the nodes of a committed load, after its writes gave
// the new people and shows their element IDs.
func (k *known) remember(d *delta) {
	if k.nodes == nil {
		k.nodes = map[nodeRef]knownNode{}
	}
	for id, n := range d.nodes {
		if n.known && !n.dirty {
			continue // known already, and unchanged
		}
		if _, ok := k.nodes[id]; !ok && len(k.nodes) >= maxKnown {
			k.complete = false
			continue
		}
		k.nodes[id] = knownNode{id: n.id, name: n.name, aliases: slices.Clone(n.aliases)}
	}
	if !k.linksComplete {
		return
	}
	if k.links == nil {
		k.links = map[uint64]struct{}{}
	}
	for _, c := range d.credits {
		if c.stored {
			continue
		}
		if len(k.links) >= maxKnownLinks {
			k.linksComplete, k.links = false, nil
			return
		}
		k.links[pairHash(c.person, c.show)] = struct{}{}
	}
}

// newToken returns a random token for a load to write on the lock node.
func newToken() string {
	var b [16]byte
	rand.Read(b[:]) // never fails
	return hex.EncodeToString(b[:])
}
