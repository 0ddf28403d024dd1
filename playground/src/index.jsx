// The castgraph playground: GraphiQL talking to the castgraph that serves it.
// Everything it needs is bundled; it fetches nothing but castgraph's own
// /graphql endpoint.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/graphiql.css';

// The playground opens with one tab per example, each titled by its
// operation's name; what a user changes or adds is kept in the browser's
// storage and comes back instead on the next visit.
const defaultTabs = [
  {
    query: `# Which actors link two shows?
# Run: the play button or Ctrl-Enter.
# Docs: every type and field, on the left.
# More examples: the tabs above.
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
`,
  },
  {
    query: `# Six degrees: the shortest chain of
# credits from one person to another,
# with the sentence behind each step.
query SixDegrees {
  shortestPath(from: "Lee Min-jae", to: "Roh Jae-won", maxHops: 6) {
    length
    nodes {
      kind
      name
      evidence {
        article
        sentence
      }
    }
  }
}
`,
  },
  {
    query: `# Search people, shows and characters,
# best first. Case, accents and a typo
# in a word are forgiven.
query Search {
  kim: search(text: "kim", first: 5) {
    kind
    name
    show
    score
  }
  typo: search(text: "squid gme") {
    kind
    id
    name
    score
  }
}
`,
  },
];

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
    defaultTabs={defaultTabs}
    visiblePlugin="Documentation Explorer"
    isHeadersEditorEnabled={true}
  />,
);
