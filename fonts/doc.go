// Package fonts embeds the TrueType fonts planpack prints with, so the
// binary alone is enough.
package fonts
