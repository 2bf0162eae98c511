// Package templates holds planpack's built-in plan layouts and letter
// bodies, embedded in the binary, and loads them with a school's own
// overrides file by file.
package templates
