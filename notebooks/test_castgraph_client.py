"""Tests of castgraph_client against a live castgraph server with the demo data.

Start one with `go run ./cmd/castgraph demo` (or let scripts/notebook do it)
and run `pytest notebooks/`. The server is at CASTGRAPH_URL, by default
http://127.0.0.1:8080/graphql. When CASTGRAPH_URL is set and the server does
not answer, the tests fail; when it is not set, they are skipped.
"""

from __future__ import annotations

import http.server
import os
import threading

import pytest
import requests

from castgraph_client import CastgraphError, Client, GraphQLError, HTTPError, query

URL = os.environ.get("CASTGRAPH_URL", "http://127.0.0.1:8080/graphql")


@pytest.fixture(scope="session")
def url() -> str:
    try:
        requests.post(URL, json={"query": "{ stats { people } }"}, timeout=5)
    except requests.ConnectionError as e:
        if "CASTGRAPH_URL" in os.environ:
            pytest.fail(f"no castgraph server answers at CASTGRAPH_URL={URL}: {e}")
        pytest.skip(f"no castgraph server at {URL}; start `castgraph demo` or set CASTGRAPH_URL")
    return URL


def test_query_returns_data(url):
    data = query(url, "{ stats { people shows credits articles } }")
    assert set(data) == {"stats"}
    assert data["stats"]["articles"] == 9
    assert data["stats"]["people"] > 0


def test_variables_are_sent(url):
    data = query(
        url,
        "query Cast($title: String!) { show(title: $title) { title cast { person { name } character } } }",
        {"title": "squid game season 2"},
    )
    assert data["show"]["title"] == "Squid Game"
    names = {r["person"]["name"] for r in data["show"]["cast"]}
    assert {"Kim Si-eun", "Roh Jae-won"} <= names


def test_operation_name_selects_the_operation(url):
    text = "query A { stats { people } } query B { stats { shows } }"
    assert "shows" in query(url, text, operation_name="B")["stats"]
    assert "people" in query(url, text, operation_name="A")["stats"]


def test_unknown_name_is_null_not_error(url):
    assert query(url, '{ show(title: "No Such Show") { title } }') == {"show": None}


def test_syntax_error(url):
    with pytest.raises(GraphQLError) as info:
        query(url, '{ show(title: "Squid Game" { title } }')
    err = info.value
    assert err.status == 400
    assert len(err.errors) == 1
    assert "Syntax Error" in err.messages[0]
    assert err.paths == [None]
    assert "Syntax Error" in str(err)
    assert err.errors[0]["locations"][0]["line"] == 1


def test_unknown_field(url):
    with pytest.raises(GraphQLError) as info:
        query(url, '{ show(title: "Squid Game") { title budget } }')
    err = info.value
    assert err.status == 400
    assert err.messages == ['Cannot query field "budget" on type "Show".']
    assert 'Cannot query field "budget"' in str(err)
    assert err.data is None


def test_missing_variable(url):
    with pytest.raises(GraphQLError) as info:
        query(url, "query($t: String!) { show(title: $t) { title } }")
    assert '"$t"' in info.value.messages[0]


def test_execution_error_carries_path_and_partial_data(url):
    text = '{ stats { shows } shortestPath(from: "Lee Min-jae", to: "Nobody At All") { length } }'
    with pytest.raises(GraphQLError) as info:
        query(url, text)
    err = info.value
    assert err.status == 200
    assert err.paths == [["shortestPath"]]
    assert "Nobody At All" in err.messages[0]
    assert err.errors[0]["extensions"]["code"] == "NOT_FOUND"
    assert "(at shortestPath)" in str(err)
    # The fields that did resolve come along.
    assert err.data["stats"]["shows"] > 0
    assert err.data["shortestPath"] is None


def test_failed_root_field_keeps_the_other_fields(url):
    text = '{ a: linkingActors(showA: "no such show", showB: "Squid Game") { person { name } } b: stats { people } }'
    with pytest.raises(GraphQLError) as info:
        query(url, text)
    err = info.value
    assert err.paths == [["a"]]
    assert err.errors[0]["extensions"]["code"] == "NOT_FOUND"
    assert err.data["a"] is None
    assert err.data["b"]["people"] > 0


def test_bad_cursor_nulls_only_its_connection(url):
    text = '{ a: show(title: "Squid Game") { title castConnection(after: "bogus") { totalCount } } b: stats { people } }'
    with pytest.raises(GraphQLError) as info:
        query(url, text)
    err = info.value
    assert err.paths == [["a", "castConnection"]]
    assert err.errors[0]["extensions"]["code"] == "BAD_USER_INPUT"
    assert err.data["a"] == {"title": "Squid Game", "castConnection": None}
    assert err.data["b"]["people"] > 0


def test_bad_argument(url):
    with pytest.raises(GraphQLError) as info:
        query(url, '{ search(text: "kim", first: 0) { name } }')
    assert info.value.paths == [["search"]]
    assert "first" in info.value.messages[0]


def test_http_error_carries_status_and_body(url):
    missing = url.rsplit("/", 1)[0] + "/no-such-endpoint"
    with pytest.raises(HTTPError) as info:
        query(missing, "{ stats { people } }")
    err = info.value
    assert err.status == 404
    assert "404 page not found" in err.body
    assert "HTTP 404" in str(err) and missing in str(err)


@pytest.fixture
def stub():
    """A local HTTP server that answers every POST with the status and body set on it."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            self.send_response(self.server.status)
            self.send_header("Content-Type", self.server.content_type)
            self.end_headers()
            self.wfile.write(self.server.body.encode())

        def log_message(self, *args):
            pass

    srv = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    srv.status, srv.body, srv.content_type = 200, "", "text/plain"
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    srv.url = f"http://127.0.0.1:{srv.server_address[1]}/graphql"
    yield srv
    srv.shutdown()
    srv.server_close()


def test_answer_that_is_not_graphql(stub):
    stub.status, stub.body = 200, "hello"
    with pytest.raises(HTTPError) as info:
        query(stub.url, "{ stats { people } }")
    assert info.value.status == 200
    assert info.value.body == "hello"
    assert "not a GraphQL" in str(info.value)


def test_server_error_without_graphql_errors(stub):
    stub.status, stub.body, stub.content_type = 502, '{"oops": true}', "application/json"
    with pytest.raises(HTTPError) as info:
        query(stub.url, "{ stats { people } }")
    assert info.value.status == 502
    assert info.value.body == '{"oops": true}'
    assert str(info.value).startswith("HTTP 502 Bad Gateway from " + stub.url)


def test_errors_share_a_base_class(url):
    with pytest.raises(CastgraphError):
        query(url, "{ nope }")


def test_unreachable_server_raises_requests_error():
    # Port 9 (discard) on loopback: nothing listens there.
    with pytest.raises(requests.ConnectionError):
        query("http://127.0.0.1:9/graphql", "{ stats { people } }", timeout=5)


def test_client_keeps_url_and_session(url):
    with Client(url) as cg:
        a = cg("{ stats { people } }")
        b = cg("query($n: String!) { person(name: $n) { name } }", {"n": "roh jae won"})
    assert a["stats"]["people"] > 0
    assert b["person"]["name"] == "Roh Jae-won"
