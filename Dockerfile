# castgraph, built from this repository.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/castgraph ./cmd/castgraph

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/castgraph /usr/local/bin/castgraph
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/castgraph"]
CMD ["serve", "--store", "neo4j", "--addr", "0.0.0.0:8080"]
