# Redress. `make run` to try it, `make test` for every test. See README.md.

GO       ?= go
# The toolchain with the standard library's security fixes (go.mod's toolchain line); the
# go command fetches it from the module proxy once. Machines that pin GOTOOLCHAIN=local
# would otherwise ignore go.mod's line.
export GOTOOLCHAIN := go1.26.10
BIN      := bin/redress
VERSION  := $(shell git describe --always --dirty 2>/dev/null || echo dev)
LDFLAGS  := -X main.version=$(VERSION)
CHROMIUM ?= /usr/bin/chromium

.PHONY: run build web server test test-go test-web test-e2e lint bench clean

## run: build everything, migrate and seed data/redress.db (SQLite), serve on :8080 (ADDR=:9090 for another port)
run: build
	$(BIN) seed --demo
	$(BIN) serve $(if $(ADDR),--addr $(ADDR))

## build: the web app, then the server binary with the web app embedded
build: web server

server:
	$(GO) build -tags webapp -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/redress

web: frontend/node_modules/.installed
	cd frontend && npm run build

frontend/node_modules/.installed: frontend/package.json frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	touch $@

## test: Go tests (SQLite; PostgreSQL too with REDRESS_TEST_POSTGRES_DSN, required with CI=true),
## the web app's tests, and the browser tests when Chromium is present (always with CI=true)
test: test-go test-web
	@if [ -x "$(CHROMIUM)" ] || [ "$$CI" = "true" ]; then $(MAKE) test-e2e; \
	else echo "Chromium not found at $(CHROMIUM): skipping the browser tests"; fi

test-go:
	$(GO) test -race -count=1 -timeout 30m ./...

test-web: frontend/node_modules/.installed
	cd frontend && npm test

## test-e2e: browser tests (playwright-core + Chromium) against a freshly built server
test-e2e: build
	cd frontend && REDRESS_BIN=../$(BIN) npm run e2e

## lint: formatting, vet, and the web app's type check
lint: frontend/node_modules/.installed
	@out=$$(gofmt -l $$(git ls-files '*.go')); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	cd frontend && npm run typecheck

## bench: seed 1,000,000 cases into a fresh PostgreSQL database (redress_bench) and measure
## the API against raw SQL; BENCH_FLAGS="--cases 100000 --duration 10s" for a shorter run
bench:
	$(GO) build -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/redress
	$(BIN) bench $(BENCH_FLAGS)

clean:
	rm -rf bin frontend/dist
