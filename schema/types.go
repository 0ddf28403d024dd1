package schema

import (
	"github.com/graphql-go/graphql"

	"github.com/castgraph/castgraph/graph"
)

func nonNullList(t graphql.Output) graphql.Output {
	return graphql.NewNonNull(graphql.NewList(graphql.NewNonNull(t)))
}

func nullIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func (a *api) queryType() *graphql.Object {
	evidence := graphql.NewObject(graphql.ObjectConfig{
		Name:        "Evidence",
		Description: "One statement of a credit: the article and the sentence in it.",
		Fields: graphql.Fields{
			"article": {Type: graphql.NewNonNull(graphql.String), Description: "The article's id or file name.",
				Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(graph.Evidence).Article, nil }},
			"sentence": {Type: graphql.NewNonNull(graphql.String), Description: "The sentence, as the article writes it.",
				Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(graph.Evidence).Sentence, nil }},
			"date": {Type: graphql.String, Description: "The article's date (YYYY-MM-DD), when known.",
				Resolve: func(p graphql.ResolveParams) (any, error) { return nullIfEmpty(p.Source.(graph.Evidence).Date), nil }},
		},
	})
	evidenceList := nonNullList(evidence)

	var person, show *graphql.Object
	creditFields := func(detail string, detailDesc string) graphql.FieldsThunk {
		return func() graphql.Fields {
			return graphql.Fields{
				"person": {Type: graphql.NewNonNull(person),
					Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(graph.Credit).Person, nil }},
				"show": {Type: graphql.NewNonNull(show),
					Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(graph.Credit).Show, nil }},
				detail: {Type: graphql.String, Description: detailDesc,
					Resolve: func(p graphql.ResolveParams) (any, error) {
						c := p.Source.(graph.Credit)
						if detail == "job" {
							return nullIfEmpty(c.Job), nil
						}
						return nullIfEmpty(c.Character), nil
					}},
				"seasons": {Type: nonNullList(graphql.Int), Description: "Seasons the credit is stated for; empty when none is named.",
					Resolve: func(p graphql.ResolveParams) (any, error) {
						if s := p.Source.(graph.Credit).Seasons; s != nil {
							return s, nil
						}
						return []int{}, nil
					}},
				"evidence": {Type: evidenceList, Description: "Every statement of this credit, by article then sentence.",
					Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(graph.Credit).Evidence, nil }},
			}
		}
	}
	role := graphql.NewObject(graphql.ObjectConfig{
		Name:        "Role",
		Description: "A cast credit: a person PLAYED a character IN a show, or APPEARED_IN it when no character is named.",
		Fields:      creditFields("character", "The character, when the articles name one."),
	})
	crew := graphql.NewObject(graphql.ObjectConfig{
		Name:        "CrewCredit",
		Description: "A crew credit: a person WORKED_ON a show.",
		Fields:      creditFields("job", "director, writer, creator, producer, showrunner or original author, when known."),
	})
	refID := func(p graphql.ResolveParams) (any, error) { return p.Source.(graph.Ref).ID, nil }
	refName := func(p graphql.ResolveParams) (any, error) { return p.Source.(graph.Ref).Name, nil }
	person = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Person",
		Description: "An actor or crew member.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"id":   {Type: graphql.NewNonNull(graphql.ID), Resolve: refID},
				"name": {Type: graphql.NewNonNull(graphql.String), Description: "The first spelling seen.", Resolve: refName},
				"aliases": {Type: nonNullList(graphql.String), Description: "Other spellings seen.",
					Resolve: a.personField(func(p *graph.Person) any { return p.Aliases })},
				"roles": {Type: nonNullList(role), Description: "Cast credits, by show.",
					Resolve: a.personField(func(p *graph.Person) any { return p.Roles })},
				"crew": {Type: nonNullList(crew), Description: "Crew credits, by show.",
					Resolve: a.personField(func(p *graph.Person) any { return p.Crew })},
			}
		}),
	})
	show = graphql.NewObject(graphql.ObjectConfig{
		Name:        "Show",
		Description: "A series or film.",
		Fields: graphql.FieldsThunk(func() graphql.Fields {
			return graphql.Fields{
				"id":    {Type: graphql.NewNonNull(graphql.ID), Resolve: refID},
				"title": {Type: graphql.NewNonNull(graphql.String), Description: "The first spelling seen, without a season qualifier.", Resolve: refName},
				"aliases": {Type: nonNullList(graphql.String), Description: "Other spellings seen.",
					Resolve: a.showField(func(s *graph.Show) any { return s.Aliases })},
				"cast": {Type: nonNullList(role), Description: "Cast credits, by person.",
					Resolve: a.showField(func(s *graph.Show) any { return s.Cast })},
				"crew": {Type: nonNullList(crew), Description: "Crew credits, by person.",
					Resolve: a.showField(func(s *graph.Show) any { return s.Crew })},
			}
		}),
	})
	link := graphql.NewObject(graphql.ObjectConfig{
		Name:        "Link",
		Description: "A person in the cast of both shows.",
		Fields: graphql.Fields{
			"person": {Type: graphql.NewNonNull(person), Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(graph.Link).Person, nil }},
			"inA":    {Type: nonNullList(role), Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(graph.Link).InA, nil }},
			"inB":    {Type: nonNullList(role), Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(graph.Link).InB, nil }},
		},
	})
	pathNode := graphql.NewObject(graphql.ObjectConfig{
		Name:        "PathNode",
		Description: "A step of a path: a person or a show.",
		Fields: graphql.Fields{
			"kind": {Type: graphql.NewNonNull(graphql.String), Description: "person or show",
				Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(graph.PathNode).Kind, nil }},
			"id": {Type: graphql.NewNonNull(graphql.ID),
				Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(graph.PathNode).ID, nil }},
			"name": {Type: graphql.NewNonNull(graphql.String),
				Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(graph.PathNode).Name, nil }},
			"evidence": {Type: evidenceList, Description: "Evidence of the edge that leads to this node; empty for the first.",
				Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(graph.PathNode).Evidence, nil }},
		},
	})
	path := graphql.NewObject(graphql.ObjectConfig{
		Name:        "Path",
		Description: "A chain of credits, alternating people and shows.",
		Fields: graphql.Fields{
			"length": {Type: graphql.NewNonNull(graphql.Int), Description: "The number of edges.",
				Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(*graph.Path).Length, nil }},
			"nodes": {Type: nonNullList(pathNode),
				Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(*graph.Path).Nodes, nil }},
		},
	})
	hit := graphql.NewObject(graphql.ObjectConfig{
		Name:        "SearchHit",
		Description: "A person, show or character that matches a search.",
		Fields: graphql.Fields{
			"kind": {Type: graphql.NewNonNull(graphql.String), Description: "person, show or character",
				Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(graph.SearchHit).Kind, nil }},
			"id": {Type: graphql.NewNonNull(graphql.ID),
				Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(graph.SearchHit).ID, nil }},
			"name": {Type: graphql.NewNonNull(graphql.String),
				Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(graph.SearchHit).Name, nil }},
			"show": {Type: graphql.String, Description: "For a character: its show's title.",
				Resolve: func(p graphql.ResolveParams) (any, error) { return nullIfEmpty(p.Source.(graph.SearchHit).Show), nil }},
			"score": {Type: graphql.NewNonNull(graphql.Float), Description: "1 whole name, 0.75 prefix, 0.5 whole words, 0.25 word prefix.",
				Resolve: func(p graphql.ResolveParams) (any, error) { return p.Source.(graph.SearchHit).Score, nil }},
		},
	})
	stat := func(f func(graph.Stats) int) *graphql.Field {
		return &graphql.Field{Type: graphql.NewNonNull(graphql.Int),
			Resolve: func(p graphql.ResolveParams) (any, error) { return f(p.Source.(graph.Stats)), nil }}
	}
	stats := graphql.NewObject(graphql.ObjectConfig{
		Name: "Stats",
		Fields: graphql.Fields{
			"people":     stat(func(s graph.Stats) int { return s.People }),
			"shows":      stat(func(s graph.Stats) int { return s.Shows }),
			"characters": stat(func(s graph.Stats) int { return s.Characters }),
			"credits":    stat(func(s graph.Stats) int { return s.Credits }),
			"articles":   stat(func(s graph.Stats) int { return s.Articles }),
		},
	})
	str := func(desc string) *graphql.ArgumentConfig {
		return &graphql.ArgumentConfig{Type: graphql.NewNonNull(graphql.String), Description: desc}
	}
	return graphql.NewObject(graphql.ObjectConfig{
		Name: "Query",
		Fields: graphql.Fields{
			"show": {Type: show, Description: "A show by title (case, accents, punctuation and a season qualifier are ignored); null when unknown.",
				Args: graphql.FieldConfigArgument{"title": str("")}, Resolve: a.resolveShow},
			"person": {Type: person, Description: "A person by name; null when unknown.",
				Args: graphql.FieldConfigArgument{"name": str("")}, Resolve: a.resolvePerson},
			"search": {Type: nonNullList(hit), Description: "People, shows and characters whose name matches: whole, prefix, whole word or word prefix; best first.",
				Args: graphql.FieldConfigArgument{
					"text":  str("What to look for."),
					"first": {Type: graphql.Int, DefaultValue: 10, Description: "How many hits at most (1..100)."},
				}, Resolve: a.resolveSearch},
			"linkingActors": {Type: nonNullList(link), Description: "The people credited in the cast of both shows, by name.",
				Args:    graphql.FieldConfigArgument{"showA": str(""), "showB": str("")},
				Resolve: a.resolveLinking},
			"shortestPath": {Type: path, Description: "The shortest chain of credits between two people or shows (a name is tried as a person first); null when none within maxHops.",
				Args: graphql.FieldConfigArgument{
					"from":    str("A person's name or a show's title."),
					"to":      str("A person's name or a show's title."),
					"maxHops": {Type: graphql.Int, DefaultValue: 6, Description: "The most edges the path may have (1..12)."},
				}, Resolve: a.resolvePath},
			"stats": {Type: graphql.NewNonNull(stats), Description: "Counts of what the graph holds.", Resolve: a.resolveStats},
		},
	})
}
