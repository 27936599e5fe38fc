# Redress in one image: the web app built with Node, embedded in the Go binary, on a small
# Debian runtime. Build: docker build -t redress .   Run: see docker-compose.yml.

FROM node:20-bookworm AS web
WORKDIR /src/frontend
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
RUN npm run build

FROM golang:1.26-bookworm AS server
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
COPY --from=web /src/frontend/dist ./frontend/dist
ARG VERSION=docker
RUN CGO_ENABLED=0 go build -tags webapp -trimpath -ldflags "-s -w -X main.version=${VERSION}" -o /out/redress ./cmd/redress

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl tzdata \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --home /var/lib/redress --create-home redress
COPY --from=server /out/redress /usr/local/bin/redress
USER redress
WORKDIR /var/lib/redress
ENV REDRESS_ADDR=:8080 REDRESS_DATA_DIR=/var/lib/redress/data
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s CMD curl -fsS http://127.0.0.1:8080/readyz || exit 1
ENTRYPOINT ["redress"]
CMD ["serve"]
