package config

import _ "embed"

//go:embed starter.toml
var starter []byte

// Starter returns the planpack.toml that planpack init writes: every key
// at its default value, each with a comment saying what it does and what
// it may be.
func Starter() []byte { return append([]byte(nil), starter...) }
