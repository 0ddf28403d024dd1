package graph

import (
	"errors"
	"fmt"
)

// Error codes that callers of a Store can act on. Anything else is internal.
const (
	ENOTFOUND = "not_found"   // the named person, show or node does not exist
	EINVALID  = "invalid"     // the input is malformed; the message says where
	ECONFLICT = "conflict"    // the operation clashes with the current state
	EINTERNAL = "internal"    // a fault inside castgraph or its storage
	EUNAVAIL  = "unavailable" // the store cannot be reached right now
)

// Error is an application error: a code and a message fit to show a user.
type Error struct {
	Code    string
	Message string
	// Suggestions, on an ENOTFOUND error for a person or show, are the
	// names of those the caller may have meant, best first (see NotFound);
	// the message names them too.
	Suggestions []string
}

func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error with the given code and formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for
// any other error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	default:
		return EINTERNAL
	}
}

// ErrorMessage returns the message of the first *Error in err's chain, or
// "internal error" for any other error: internal details are logged, not shown.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "internal error"
}
