# planpack — see README.md.
GO      ?= go
# The Go release planpack is built and tested with. The go command fetches
# it from the Go module proxy the first time (about 10 seconds); it
# carries the standard library fixes that govulncheck asks for.
export GOTOOLCHAIN ?= go1.27.3
BIN     := bin/planpack
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X main.version=$(VERSION)

.PHONY: build test demo bench lint dist clean samples fuzz vulncheck

build:
	$(GO) build -trimpath -ldflags "$(LDFLAGS)" -o $(BIN) ./cmd/planpack

# The whole test suite, as CI runs it (needs pdftotext and qpdf: .ci/run installs them).
test:
	$(GO) test -race -count=1 ./...

# Check and build the bundled sample school into out/.
demo: build
	$(BIN) check samples/school/input.xlsx
	$(BIN) build -force -o out samples/school/input.xlsx
	@echo "Open out/print/letters.pdf, out/print/plans.pdf and out/pupils/ to see the pack."
	@echo "$(BIN) evidence -config samples/school/planpack.toml 001962 makes Alex Green's evidence pack from that history."

# A 1,000-pupil school built end to end; figures go in BENCHMARKS.md.
bench: build
	$(GO) test -run '^$$' -bench . -benchtime 1x -benchmem ./internal/pack/
	$(GO) test -run '^$$' -bench School -benchtime 5x -benchmem -cpu 1,2 ./internal/phrase/

lint:
	@test -z "$$(gofmt -l .)" || (gofmt -l . && echo "gofmt: files above need formatting" && exit 1)
	$(GO) vet ./...

# Short fuzzing runs of every fuzz target.
fuzz:
	./.ci/fuzz

# govulncheck against the Go vulnerability database (see .ci/vulncheck).
vulncheck:
	./.ci/vulncheck

samples:
	$(GO) run ./internal/samples/cmd/mksamples

dist:
	GOOS=windows GOARCH=amd64 $(GO) build -trimpath -ldflags "$(LDFLAGS)" -o dist/planpack-windows-amd64.exe ./cmd/planpack
	GOOS=darwin  GOARCH=arm64 $(GO) build -trimpath -ldflags "$(LDFLAGS)" -o dist/planpack-macos-arm64 ./cmd/planpack
	GOOS=darwin  GOARCH=amd64 $(GO) build -trimpath -ldflags "$(LDFLAGS)" -o dist/planpack-macos-amd64 ./cmd/planpack
	GOOS=linux   GOARCH=amd64 $(GO) build -trimpath -ldflags "$(LDFLAGS)" -o dist/planpack-linux-amd64 ./cmd/planpack

clean:
	rm -rf bin dist out
