//go:build race

package main

// raceBuild builds the processes like the test binary, reusing its compiled packages.
const raceBuild = true
