// Package ingest reads articles (files, a directory, standard input, URLs,
// the new items of a news feed), extracts their credits and loads each
// article in its own transaction through a loader.Ingester, and sums up the
// run (Result, with the articles that failed).
//
// It owns where articles come from and what a run reports. Extraction is
// package extract's, loading package loader's, fetching package fetch's and
// reading feeds package feed's.
package ingest
