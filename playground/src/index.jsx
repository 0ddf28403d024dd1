// The castgraph playground: GraphiQL talking to the castgraph that serves it.
// Everything it needs is bundled; it fetches nothing but castgraph's own
// /graphql endpoint.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';

const defaultQuery = `# Which actors link two shows?
# Run: the play button or Ctrl-Enter.
# Docs: every type and field, on the left.
query LinkingActors {
  linkingActors(showA: "All of Us Are Dead", showB: "Squid Game") {
    person {
      name
    }
    inA {
      character
      evidence {
        sentence
      }
    }
    inB {
      character
      evidence {
        sentence
      }
    }
  }
}
`;

// The endpoint sits next to the page: /graphql for both /graphql and /playground.
const endpoint = new URL('graphql', window.location.href).toString();

async function fetcher(params, opts) {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      ...(opts && opts.headers),
    },
    body: JSON.stringify(params),
  });
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return { errors: [{ message: `HTTP ${res.status}: ${text}` }] };
  }
}

createRoot(document.getElementById('graphiql')).render(
  <GraphiQL
    fetcher={fetcher}
    defaultQuery={defaultQuery}
    visiblePlugin="Documentation Explorer"
    isHeadersEditorEnabled={true}
  />,
);
