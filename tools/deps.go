//go:build tools

// Package tools pins modules that packages of this module import, so that
// go.mod keeps them while packages are being written.
package tools

import (
	_ "github.com/chromedp/chromedp"
	_ "github.com/graphql-go/graphql"
	_ "github.com/neo4j/neo4j-go-driver/v5/neo4j"
	_ "github.com/prometheus/client_golang/prometheus"
	_ "github.com/rs/zerolog"
	_ "github.com/schollz/progressbar/v3"
	_ "github.com/spf13/cobra"
	_ "go.etcd.io/bbolt"
	_ "golang.org/x/net/html"
	_ "golang.org/x/text/unicode/norm"
)
