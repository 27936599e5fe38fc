//go:build !webapp

package frontend

import (
	"io/fs"
	"testing/fstest"
)

const placeholder = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Redress</title></head>
<body><h1>Redress</h1>
<p>The API is running. The web app was not built into this binary: run <code>make build</code>
(or <code>make run</code>), which builds <code>frontend/</code> and embeds it.</p>
<p>API description: <a href="/api/openapi.json">/api/openapi.json</a></p></body></html>
`

// Assets returns a one-page stand-in for the web app.
func Assets() fs.FS {
	return fstest.MapFS{"index.html": {Data: []byte(placeholder)}}
}
