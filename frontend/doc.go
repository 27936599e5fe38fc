// Package frontend holds the web app (Vite + React + TypeScript) and embeds its build in
// the binary. Built without the webapp tag (a plain `go build`, no Node), it serves a page
// that says how to build the real one.
package frontend
