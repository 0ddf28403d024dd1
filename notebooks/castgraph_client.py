"""A small client for castgraph's GraphQL API over HTTP.

Copy this file into your own work and use it like this::

    from castgraph_client import query

    data = query(
        "http://127.0.0.1:8080/graphql",
        "query($t: String!) { show(title: $t) { title cast { person { name } } } }",
        {"t": "Squid Game"},
    )
    print(data["show"]["title"])

``query`` returns the ``data`` of the response. It raises

* ``GraphQLError`` when the server answered with GraphQL ``errors`` (a
  syntax error, an unknown field, a name that is not in the graph ...).
  Its ``errors`` attribute holds the errors as the server sent them, and
  ``messages`` and ``paths`` hold their messages and paths. The ``data``
  that came with them, if any, is in ``data``.
* ``HTTPError`` when the server answered with an HTTP error status and no
  GraphQL errors, or with a body that is not JSON. It carries ``status``
  and ``body``.
* ``requests.RequestException`` (for example ``ConnectionError``) when the
  server could not be reached at all.

It needs only ``requests``.
"""

from __future__ import annotations

import json
from typing import Any, Mapping

import requests

__all__ = ["CastgraphError", "GraphQLError", "HTTPError", "query", "Client"]

DEFAULT_URL = "http://127.0.0.1:8080/graphql"
DEFAULT_TIMEOUT = 30.0
_BODY_LIMIT = 2000


class CastgraphError(Exception):
    """Base class of the errors this module raises."""


class GraphQLError(CastgraphError):
    """The server answered with GraphQL errors.

    Attributes:
        errors:   the list of error objects, as sent (``message``,
                  ``locations``, ``path``, ``extensions`` ...).
        messages: each error's message.
        paths:    each error's path (a list of field names and indexes),
                  or None for an error without a path (one that stopped
                  the query before it ran, such as a syntax error).
        data:     the ``data`` sent along with the errors (may be None or
                  hold the fields that did resolve).
        status:   the HTTP status of the response.
    """

    def __init__(self, errors: list[dict[str, Any]], data: Any = None, status: int = 200):
        self.errors = list(errors)
        self.data = data
        self.status = status
        self.messages = [str(e.get("message", "")) for e in self.errors]
        self.paths = [e.get("path") for e in self.errors]
        super().__init__(self._describe())

    def _describe(self) -> str:
        parts = []
        for msg, path in zip(self.messages, self.paths):
            where = ".".join(str(p) for p in path) if path else None
            msg = msg.strip()
            parts.append(f"{msg} (at {where})" if where else msg)
        n = len(parts)
        head = f"GraphQL error (HTTP {self.status})" if n == 1 else f"{n} GraphQL errors (HTTP {self.status})"
        return head + ": " + "; ".join(parts)


class HTTPError(CastgraphError):
    """The server answered with an HTTP error and no GraphQL errors.

    Attributes:
        status: the HTTP status code.
        body:   the response body as text.
        url:    the URL that was asked.
    """

    def __init__(self, status: int, body: str, url: str, reason: str = ""):
        self.status = status
        self.body = body
        self.url = url
        self.reason = reason
        shown = body if len(body) <= _BODY_LIMIT else body[:_BODY_LIMIT] + "..."
        head = f"HTTP {status} {reason}".rstrip()
        super().__init__(f"{head} from {url}: {shown}")


def query(
    url: str,
    text: str,
    variables: Mapping[str, Any] | None = None,
    *,
    operation_name: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    session: requests.Session | None = None,
) -> dict[str, Any]:
    """POST a GraphQL query with its variables to url and return its data.

    Raises GraphQLError, HTTPError or a requests exception (see the module
    documentation).
    """
    payload: dict[str, Any] = {"query": text}
    if variables:
        payload["variables"] = dict(variables)
    if operation_name:
        payload["operationName"] = operation_name
    post = session.post if session is not None else requests.post
    # The GraphQL-over-HTTP media type first: with it, a request that fails to
    # parse or validate gets status 400 rather than 200.
    resp = post(url, json=payload, timeout=timeout,
                headers={"Accept": "application/graphql-response+json, application/json;q=0.9"})

    try:
        body = resp.json()
    except ValueError:
        body = None

    errors = body.get("errors") if isinstance(body, dict) else None
    if errors:
        raise GraphQLError(errors, data=body.get("data"), status=resp.status_code)
    if resp.status_code >= 400:
        raise HTTPError(resp.status_code, resp.text, url, resp.reason or "")
    if not isinstance(body, dict) or "data" not in body:
        raise HTTPError(resp.status_code, resp.text, url, "(the answer is not a GraphQL JSON response)")
    return body["data"]


class Client:
    """Remembers a server's URL and keeps one HTTP session for many queries.

    >>> cg = Client("http://127.0.0.1:8080/graphql")      # doctest: +SKIP
    >>> cg("{ stats { people shows } }")["stats"]          # doctest: +SKIP
    """

    def __init__(self, url: str = DEFAULT_URL, timeout: float = DEFAULT_TIMEOUT):
        self.url = url
        self.timeout = timeout
        self.session = requests.Session()

    def __call__(self, text: str, variables: Mapping[str, Any] | None = None, **kw: Any) -> dict[str, Any]:
        kw.setdefault("timeout", self.timeout)
        return query(self.url, text, variables, session=self.session, **kw)

    def close(self) -> None:
        self.session.close()

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Client({json.dumps(self.url)})"
