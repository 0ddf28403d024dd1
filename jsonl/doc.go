// Package jsonl reads and writes facts files: the JSON Lines form of the
// facts contract, one graph.Fact a line.
//
// It owns parsing and validation (Read, Scan, ReadFile, ScanFile: a bad line
// is a *LineError naming the file, the line and what is wrong) and writing
// (Write, NewWriter, Create). It does not own loading (package loader) or
// extraction (package extract).
package jsonl
